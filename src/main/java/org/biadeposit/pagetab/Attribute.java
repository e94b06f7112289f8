package org.biadeposit.pagetab;

import java.util.List;

/**
 * A name–value pair of a submission, section, file or link. Names compare case-insensitively, as BioStudies compares
 * them; the same name may occur more than once (e.g. one {@code Keyword} per keyword).
 *
 * @param value {@code null} when the attribute has no value (the {@code value} field is absent)
 * @param reference the value is the accno of another section, e.g. an author's {@code affiliation}
 * @param nameQualifiers JSON {@code nmqual}
 * @param valueQualifiers JSON {@code valqual}
 */
public record Attribute(String name, String value, boolean reference, List<Qualifier> nameQualifiers,
	List<Qualifier> valueQualifiers)
{

	public Attribute {
		if (name == null || name.isBlank()) throw new IllegalArgumentException("an attribute needs a name");
		nameQualifiers = nameQualifiers == null ? List.of() : List.copyOf(nameQualifiers);
		valueQualifiers = valueQualifiers == null ? List.of() : List.copyOf(valueQualifiers);
	}

	/** A plain attribute: no reference, no qualifiers. */
	public static Attribute of(String name, String value) {
		return new Attribute(name, value, false, List.of(), List.of());
	}

	/** An attribute whose value is the accno of another section, e.g. {@code reference("affiliation", "o1")}. */
	public static Attribute reference(String name, String accno) {
		return new Attribute(name, accno, true, List.of(), List.of());
	}

	/** Whether this attribute has the given name, ignoring case. */
	public boolean named(String other) {
		return name.equalsIgnoreCase(other);
	}

	/** The value of the first of these attributes with the name (ignoring case), or null. */
	static String first(List<Attribute> attributes, String name) {
		for (Attribute a : attributes) {
			if (a.named(name)) return a.value;
		}
		return null;
	}

	/** The values of all these attributes with the name (ignoring case), in order; attributes without value skipped. */
	static List<String> all(List<Attribute> attributes, String name) {
		return attributes.stream().filter(a -> a.named(name) && a.value != null).map(Attribute::value).toList();
	}
}
