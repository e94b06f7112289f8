package org.biadeposit.pagetab;

/**
 * A name or value qualifier of an attribute ({@code nmqual}/{@code valqual} in JSON): a name with an optional value,
 * e.g. {@code URL = https://creativecommons.org/licenses/by/4.0/legalcode} on a {@code License}, or
 * {@code Ontology = NCBITaxon} on an {@code Organism}.
 */
public record Qualifier(String name, String value) {

	public Qualifier {
		if (name == null || name.isBlank()) throw new IllegalArgumentException("a qualifier needs a name");
	}
}
