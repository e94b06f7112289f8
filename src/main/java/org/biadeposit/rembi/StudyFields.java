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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.biadeposit.rembi.RembiFields.Field;
import org.biadeposit.rembi.RembiFields.Need;

/**
 * The study's own scalar REMBI fields (title, description, release date, licence, funding statement,
 * acknowledgements, REMBI version) in the form of {@link RembiFields}: deposit.yaml key and the keys it also
 * accepts, PageTab attribute of the Study section (BioImages.v5), required or not, the wizard's label, and how to
 * read and set it in a {@link Study}. deposit.yaml's reader, writer and starter, the validator, the PageTab writer
 * and import and the wizard's study form take them from here.
 * <p>
 * A study field's {@code example} is what the starter says of it after REQUIRED (the starter adds "REQUIRED. " to a
 * required field it leaves empty). The lists (keywords, authors, organisations, grants, publications, links) keep
 * readers and writers of their own: each item has fields of its own, and keywords are repeated attributes.
 */
public final class StudyFields {

	private StudyFields() {}

	public static final Field<Study> TITLE = field("title", List.of(), "Title", Need.REQUIRED, false, "Title",
		"At least 25 characters; shown in search results.", null, Study::title, (s, v) -> study(s, v, s
			.description(), s.releaseDate(), s.license(), s.fundingStatement(), s.acknowledgements(), s
				.rembiVersion()));

	public static final Field<Study> DESCRIPTION = field("description", List.of(), "Description", Need.REQUIRED,
		true, "Description", "What the dataset is; a publication abstract is fine.", "the study has no " +
			"description; say what the dataset is and why it was made (a publication abstract is fine)",
		Study::description, (s, v) -> study(s, s.title(), v, s.releaseDate(), s.license(), s.fundingStatement(), s
			.acknowledgements(), s.rembiVersion()));

	/** Its example depends on the day the starter is written; its absence and its range have a rule of their own. */
	public static final Field<Study> RELEASE_DATE = field("release_date", List.of("private_until_date"),
		"ReleaseDate", Need.REQUIRED, false, "Release date (YYYY-MM-DD)", null, null, s -> s.releaseDate() == null
			? null : s.releaseDate().toString(), (s, v) -> study(s, s.title(), s.description(), date(v), s.license(), s
				.fundingStatement(), s.acknowledgements(), s.rembiVersion()));

	/** Written with its URL as a qualifier (see {@link Licence}); its absence and its choices have a rule of their own. */
	public static final Field<Study> LICENSE = field("license", List.of("licence"), "License", Need.REQUIRED, false,
		"Licence (" + Licence.choices() + ")", Licence.DEFAULT.label() + " (the BIA default) or " + Licence.CC_BY_4_0
			.label() + ".", null, Study::license, (s, v) -> study(s, s.title(), s.description(), s.releaseDate(), v, s
				.fundingStatement(), s.acknowledgements(), s.rembiVersion()));

	/** In deposit.yaml under {@code funding:}, beside the grant references. */
	public static final Field<Study> FUNDING_STATEMENT = field("funding_statement", List.of(), "Funding statement",
		Need.OPTIONAL, true, "Funding statement", null, null, Study::fundingStatement, (s, v) -> study(s, s.title(), s
			.description(), s.releaseDate(), s.license(), v, s.acknowledgements(), s.rembiVersion()));

	public static final Field<Study> ACKNOWLEDGEMENTS = field("acknowledgements", List.of(), "Acknowledgements",
		Need.OPTIONAL, true, "Acknowledgements", null, null, Study::acknowledgements, (s, v) -> study(s, s.title(), s
			.description(), s.releaseDate(), s.license(), s.fundingStatement(), v, s.rembiVersion()));

	public static final Field<Study> REMBI_VERSION = field("rembi_version", List.of(), "REMBI version",
		Need.OPTIONAL, false, "REMBI version", null, null, Study::rembiVersion, (s, v) -> study(s, s.title(), s
			.description(), s.releaseDate(), s.license(), s.fundingStatement(), s.acknowledgements(), v));

	/** Every scalar study field, in the order the Study section lists them. */
	public static final List<Field<Study>> ALL = List.of(TITLE, RELEASE_DATE, DESCRIPTION, LICENSE,
		ACKNOWLEDGEMENTS, FUNDING_STATEMENT, REMBI_VERSION);

	/** The key of the mapping a field sits in inside {@code study:} ({@code funding}), or null if directly there. */
	public static String parent(Field<Study> f) {
		return f == FUNDING_STATEMENT ? "funding" : null;
	}

	/** Its path in deposit.yaml, e.g. {@code study.funding.funding_statement}. */
	public static String path(Field<Study> f) {
		return "study." + (parent(f) == null ? "" : parent(f) + ".") + f.key();
	}

	/** Whether a PageTab attribute name is this field's (ignoring case and spaces around it). */
	public static boolean names(Field<Study> f, String attribute) {
		return attribute != null && attribute.strip().equalsIgnoreCase(f.attribute());
	}

	/** A date as YYYY-MM-DD; null if empty or not one. */
	public static LocalDate date(String text) {
		if (text == null) return null;
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static Field<Study> field(String key, List<String> aliases, String attribute, Need need,
		boolean longText, String label, String example, String missing, Function<Study, String> value,
		BiFunction<Study, String, Study> with)
	{
		return new Field<>(key, aliases, attribute, List.of(), need, null, longText, false, label, example, missing,
			value, with);
	}

	private static Study study(Study s, String title, String description, LocalDate release, String license,
		String funding, String acknowledgements, String rembiVersion)
	{
		return new Study(title, description, release, s.keywords(), s.authors(), s.organisations(), license, s
			.grants(), funding, acknowledgements, s.publications(), s.links(), rembiVersion);
	}
}
