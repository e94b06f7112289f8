package org.biadeposit.rembi;

/** What was imaged (REMBI Biosample). Components refer to it by title. */
public record Biosample(String title, Organism organism, String biologicalEntity, String description,
	String intrinsicVariables, String extrinsicVariables, String experimentalVariables)
{

	/** @param ncbiTaxon e.g. "NCBI:txid10090" */
	public record Organism(String scientificName, String commonName, String ncbiTaxon) {}
}
