package org.biadeposit.pagetab;

import java.util.List;

/** A link of a section: a URL (or an identifier such as an IDR project) with attributes such as {@code Type}. */
public record Link(String url, List<Attribute> attributes) {

	public Link {
		if (url == null || url.isBlank()) throw new IllegalArgumentException("a link needs a url");
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
	}

	/** The value of the first attribute with this name (ignoring case), or null. */
	public String attribute(String name) {
		return Attribute.first(attributes, name);
	}
}
