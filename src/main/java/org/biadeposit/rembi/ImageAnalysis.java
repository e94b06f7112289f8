package org.biadeposit.rembi;

/** How the images were analysed (REMBI Image analysis). */
public record ImageAnalysis(String title, String overview) {}
