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

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value taken from an ontology, as the BIA submission tool writes it since 2026-02: the term's label is the value,
 * and the ontology's prefix and the term's id go beside it (PageTab {@code valqual} {@code Ontology = FBbi},
 * {@code TermId = FBbi_00000251}). Ids are kept in that one spelling, {@code <Prefix>_<number>}; {@link #fbbiId} and
 * {@link #taxonId} read the other spellings people write.
 *
 * @param label what the value says, e.g. "confocal microscopy", "Homo sapiens (human)"
 * @param ontology the ontology's prefix, {@link #FBBI} or {@link #NCBI_TAXON}, or null when not known
 * @param termId e.g. "FBbi_00000251", "NCBITaxon_9606", or null when the value carries no id
 */
public record OntologyTerm(String label, String ontology, String termId) {

	/** The Biological Imaging Methods Ontology, for imaging methods. */
	public static final String FBBI = "FBbi";
	/** The NCBI Taxonomy as an OBO ontology, for organisms. */
	public static final String NCBI_TAXON = "NCBITaxon";
	/** Where OBO ontologies put their terms: the IRI of {@code FBbi_00000251} is this followed by it. */
	public static final String OBO = "http://purl.obolibrary.org/obo/";

	private static final Pattern FBBI_ID = Pattern.compile("(?i)(?:(?:https?://purl\\.obolibrary\\.org/obo/|obo:)?" +
		"FBbi[_:])(\\d{8})");
	private static final Pattern TAXON_ID = Pattern.compile("(?i)(?:(?:https?://purl\\.obolibrary\\.org/obo/|obo:)?" +
		"NCBITaxon[_:]|NCBI\\s*:\\s*txid|txid|taxon\\s*:\\s*|NCBI\\s*:\\s*)?(\\d+)");

	/** An FBbi term, its id in any spelling {@link #fbbiId} reads (kept as given when it reads none). */
	public static OntologyTerm fbbi(String label, String id) {
		String norm = fbbiId(id);
		return new OntologyTerm(label, FBBI, norm != null ? norm : blankToNull(id));
	}

	/** An organism, its NCBI taxon in any spelling {@link #taxonId} reads (kept as given when it reads none). */
	public static OntologyTerm taxon(String label, String id) {
		String norm = taxonId(id);
		return new OntologyTerm(label, NCBI_TAXON, norm != null ? norm : blankToNull(id));
	}

	/**
	 * {@code FBbi_00000246} for {@code FBbi:00000246}, {@code FBbi_00000246} and
	 * {@code http://purl.obolibrary.org/obo/FBbi_00000246} (any case of the prefix, spaces around); null for anything
	 * else.
	 */
	public static String fbbiId(String text) {
		if (text == null) return null;
		Matcher m = FBBI_ID.matcher(text.strip());
		return m.matches() ? FBBI + "_" + m.group(1) : null;
	}

	/**
	 * {@code NCBITaxon_9606} for {@code NCBITaxon:9606}, {@code NCBITaxon_9606},
	 * {@code http://purl.obolibrary.org/obo/NCBITaxon_9606}, {@code 9606} and BIA's older {@code NCBI:txid9606};
	 * null for anything else.
	 */
	public static String taxonId(String text) {
		if (text == null) return null;
		Matcher m = TAXON_ID.matcher(text.strip());
		return m.matches() ? NCBI_TAXON + "_" + m.group(1) : null;
	}

	/** The number of an NCBI taxon id in any spelling, e.g. "9606"; null when it is not one. */
	public static String taxonNumber(String text) {
		String id = taxonId(text);
		return id == null ? null : id.substring(NCBI_TAXON.length() + 1);
	}

	/** The term's IRI, e.g. {@code http://purl.obolibrary.org/obo/FBbi_00000251}; null without a recognised id. */
	public String iri() {
		return termId != null && termId.matches("[A-Za-z]+_\\d+") ? OBO + termId : null;
	}

	/** Whether the label is the same text, ignoring case and runs of spaces. */
	public boolean labelled(String other) {
		return label != null && other != null && squeezed(label).equals(squeezed(other));
	}

	static String squeezed(String s) {
		return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
