package org.biadeposit.rembi;

/** How images of different modalities were brought into register (REMBI Image correlation). */
public record ImageCorrelation(String title, String spatialAndTemporalAlignment, String fiducialsUsed,
	String transformationMatrix)
{}
