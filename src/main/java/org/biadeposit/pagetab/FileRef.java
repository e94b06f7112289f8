package org.biadeposit.pagetab;

import java.util.List;

/**
 * A file or folder named in a section or a file list, by its path relative to the user folder (or the submission's
 * {@code RootPath}).
 * <p>
 * {@code type} and {@code size} are what BioStudies writes when it publishes a study; it ignores both on submission
 * (it looks at the uploaded file itself). They are kept when read, so a published study round-trips, and are
 * {@code null} for files we describe ourselves.
 * </p>
 *
 * @param type {@code "file"} or {@code "directory"}, or null
 * @param size in bytes, or null
 */
public record FileRef(String path, String type, Long size, List<Attribute> attributes) {

	public FileRef {
		if (path == null || path.isBlank()) throw new IllegalArgumentException("a file needs a path");
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
	}

	/** A file as a submitter describes it: a path and attributes. */
	public static FileRef of(String path, List<Attribute> attributes) {
		return new FileRef(path, null, null, attributes);
	}

	/** The value of the first attribute with this name (ignoring case), or null. */
	public String attribute(String name) {
		return Attribute.first(attributes, name);
	}

	/** This file as it is submitted: without the {@code type} and {@code size} that only BioStudies writes. */
	public FileRef asSubmitted() {
		return type == null && size == null ? this : new FileRef(path, null, null, attributes);
	}
}
