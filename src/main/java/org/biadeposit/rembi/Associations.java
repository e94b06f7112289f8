package org.biadeposit.rembi;

/** Which modules a study component's images come from, each named by the module's title. */
public record Associations(String biosample, String specimen, String acquisition, String analysis,
	String correlation)
{}
