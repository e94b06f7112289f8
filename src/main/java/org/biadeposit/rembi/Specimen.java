package org.biadeposit.rembi;

/** How the biosample was prepared for imaging (REMBI Specimen). */
public record Specimen(String title, String samplePreparation, String growthProtocol) {}
