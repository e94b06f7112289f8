/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.rembi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a published study (read back from its PageTab by {@code bia import}) holds beyond what the REMBI model says,
 * kept so that a new version of the study says it again: its accession, the submission's own attributes (DOI,
 * RootPath...), and per section the attributes and subsections that no REMBI field holds, and the File List the
 * section named. deposit.yaml keeps it under {@code published:}; the PageTab writer puts it back.
 *
 * @param accession e.g. "S-BIAD1043"; null when not known
 * @param attributes submission-level attributes other than Title, ReleaseDate, AttachTo and Template
 * @param sections what each section kept, by {@link #key} of the section
 */
public record Published(String accession, List<Attribute> attributes, Map<String, Kept> sections) {

	/** The section key of the study (the root section). */
	public static final String STUDY = "study";

	public Published {
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
		sections = sections == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
			sections));
	}

	/**
	 * How a section is found again when the study is written: {@code <kind>:<title>} for the REMBI modules (e.g.
	 * "biosample:HeLa cells"), {@code component:<name>}, {@code author:<name>}, {@code organisation:<name>},
	 * {@code link:<url>}, {@code <kind>#<n>} for the n-th publication or grant (from 1), and {@link #STUDY}.
	 */
	public static String key(String kind, String title) {
		return kind + ":" + (title == null ? "" : title.strip());
	}

	/** The key of the n-th (from 1) section of a kind without a title of its own: publications, grants. */
	public static String key(String kind, int n) {
		return kind + "#" + n;
	}

	/** What one section kept; empty when it kept nothing. */
	public Kept kept(String key) {
		Kept k = sections.get(key);
		return k == null ? Kept.NONE : k;
	}

	/**
	 * What one section kept.
	 *
	 * @param attributes attributes no REMBI field holds, as they were
	 * @param subsections subsections no REMBI module holds, as they were
	 * @param fileList the File List the section named (e.g. "file_list_images.json"), or null
	 */
	public record Kept(List<Attribute> attributes, List<Section> subsections, String fileList) {

		public static final Kept NONE = new Kept(List.of(), List.of(), null);

		public Kept {
			attributes = attributes == null ? List.of() : List.copyOf(attributes);
			subsections = subsections == null ? List.of() : List.copyOf(subsections);
		}

		public boolean isEmpty() {
			return attributes.isEmpty() && subsections.isEmpty() && fileList == null;
		}
	}

	/** A PageTab attribute as published: a reference names another section's accno. */
	public record Attribute(String name, String value, boolean reference, List<Qualifier> nameQualifiers,
		List<Qualifier> valueQualifiers)
	{

		public Attribute {
			nameQualifiers = nameQualifiers == null ? List.of() : List.copyOf(nameQualifiers);
			valueQualifiers = valueQualifiers == null ? List.of() : List.copyOf(valueQualifiers);
		}

		public static Attribute of(String name, String value) {
			return new Attribute(name, value, false, List.of(), List.of());
		}
	}

	/** A qualifier of an attribute's name or value, e.g. Ontology: FBbi. */
	public record Qualifier(String name, String value) {}

	/** A link as published. */
	public record Link(String url, List<Attribute> attributes) {

		public Link {
			attributes = attributes == null ? List.of() : List.copyOf(attributes);
		}
	}

	/** A file named by a section itself (not by a File List), as published. */
	public record File(String path, List<Attribute> attributes) {

		public File {
			attributes = attributes == null ? List.of() : List.copyOf(attributes);
		}
	}

	/** A whole section as published, with everything below it. */
	public record Section(String type, String accno, List<Attribute> attributes, List<Link> links, List<File> files,
		List<Section> subsections)
	{

		public Section {
			attributes = attributes == null ? List.of() : List.copyOf(attributes);
			links = links == null ? List.of() : List.copyOf(links);
			files = files == null ? List.of() : List.copyOf(files);
			subsections = subsections == null ? List.of() : List.copyOf(subsections);
		}
	}

	/** Nothing published: a new study. */
	public static final Published NONE = new Published(null, List.of(), Map.of());

	public boolean isEmpty() {
		return accession == null && attributes.isEmpty() && sections.values().stream().allMatch(Kept::isEmpty);
	}
}
