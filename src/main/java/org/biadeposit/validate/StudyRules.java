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
package org.biadeposit.validate;

import static org.biadeposit.validate.Findings.Section.STUDY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.biadeposit.rembi.Doi;
import org.biadeposit.rembi.EmailAddress;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.RembiFields.Field;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyFields;

/**
 * The study: title, description, keywords, licence, release date, and the authors with their affiliations
 * (BIA template BioImages.v5 and the DOI rules of BioStudies, see docs/biostudies.md), and the publications' DOIs.
 */
final class StudyRules {

	/** ORCID iD: four groups of four, the last character a digit or X (the ISO 7064 11,2 check character). */
	private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
	private static final Pattern ORCID_URL = Pattern.compile("(?i)https?://(www\\.)?orcid\\.org/(.*)");

	private final Places at;
	private final Findings out;
	private final LocalDate today;

	private boolean published;

	StudyRules(Places at, Findings out, LocalDate today) {
		this.at = at;
		this.out = out;
		this.today = today;
	}

	/** For a new version of a published study, whose release date may have passed (the server keeps it). */
	StudyRules published(boolean value) {
		this.published = value;
		return this;
	}

	void check(Study s) {
		if (s == null) {
			out.error(STUDY, at.yaml(Places.STUDY), "the deposition has no study description; add a study: " +
				"section to " + at.config() + " with title, description, release_date, keywords, license and " +
				"authors");
			return;
		}
		title(s.title());
		for (Field<Study> f : StudyFields.ALL) {
			if (f.missing() != null && Text.isBlank(f.value().apply(s))) {
				out.error(STUDY, at.yaml(StudyFields.path(f)), f.missing());
			}
		}
		releaseDate(s.releaseDate());
		if (s.keywords().stream().allMatch(Text::isBlank)) {
			out.error(STUDY, at.yaml("study.keywords"), "the study has no keywords; give at least one, e.g. the " +
				"organism, the structure imaged and the imaging method");
		}
		license(s.license());
		authors(s);
		publications(s);
	}

	private void title(String title) {
		Place where = at.yaml(StudyFields.path(StudyFields.TITLE));
		if (Text.isBlank(title)) {
			out.error(STUDY, where, "the study has no title; give a title of at least " +
				DepositionValidator.MIN_TITLE_LENGTH + " characters that says what was imaged, in what, and how");
			return;
		}
		int length = title.strip().codePointCount(0, title.strip().length());
		if (length < DepositionValidator.MIN_TITLE_LENGTH) {
			out.error(STUDY, where, "the title \"" + title.strip() + "\" is " + length + " characters long; BIA " +
				"requires at least " + DepositionValidator.MIN_TITLE_LENGTH + ". Say what was imaged, in what, and " +
				"how, e.g. \"Confocal images of zebrafish embryos expressing GFP\"");
		}
	}

	private void releaseDate(LocalDate date) {
		Place where = at.yaml(StudyFields.path(StudyFields.RELEASE_DATE));
		LocalDate latest = today.plus(DepositionValidator.MAX_EMBARGO);
		if (date == null) {
			out.error(STUDY, where, "the study has no release date; give the date it may become public, " +
				"YYYY-MM-DD, from " + today + " to " + latest);
		}
		else if (date.isBefore(today) && !published) {
			out.error(STUDY, where, "the release date " + date + " is in the past, and BioStudies rejects a new " +
				"study whose release date is in the past; choose " + today + " (to publish at once) or a later " +
				"date on or before " + latest);
		}
		else if (date.isAfter(latest) && !published) {
			out.error(STUDY, where, "the release date " + date + " is more than two years away; BIA publishes " +
				"data within two years of submission, so choose a date on or before " + latest);
		}
	}

	private void license(String license) {
		Place where = at.yaml(StudyFields.path(StudyFields.LICENSE));
		List<String> allowed = DepositionValidator.LICENSES;
		if (Text.isBlank(license)) {
			out.error(STUDY, where, "the study has no licence; give one of " + Text.quoted(allowed) + " (CC0 is " +
				"BIA's default)");
			return;
		}
		if (allowed.contains(license)) return;
		// "cc-by 4.0", "CC BY4.0", " cc0": the right licence, written differently.
		String squeezed = license.replaceAll("[\\s-]+", "");
		String near = null;
		for (String a : allowed) {
			if (a.replace(" ", "").equalsIgnoreCase(squeezed)) near = a;
		}
		out.error(STUDY, where, "\"" + license + "\" is not a licence BIA offers; " + (near != null
			? "write it exactly as \"" + near + "\"" : "give one of " + Text.quoted(allowed) + " (CC0 is BIA's " +
				"default)"));
	}

	private void authors(Study s) {
		if (s.authors().isEmpty()) {
			out.error(STUDY, at.yaml("study.authors"), "the study has no authors; add at least one under " +
				"study.authors with first_name, last_name and affiliations");
			return;
		}
		List<String> orgIds = new ArrayList<>();
		for (int i = 0; i < s.organisations().size(); i++) {
			Study.Organisation o = s.organisations().get(i);
			String entry = "study.organisations" + (Text.isBlank(o.id()) ? "[" + (i + 1) + "]" : "." + Places.key(o
				.id()));
			if (Text.isBlank(o.id())) {
				out.error(STUDY, at.yaml(entry), "this organisation has no id, so no author can name it; give it " +
					"one, e.g. org1, and list that id under the authors' affiliations");
			}
			else {
				orgIds.add(o.id());
			}
			if (Text.isBlank(o.name())) {
				out.error(STUDY, at.yaml(entry + ".name"), "the organisation has no name; give its full name, e.g. " +
					"\"European Molecular Biology Laboratory\"");
			}
		}
		boolean submitter = false;
		for (int i = 0; i < s.authors().size(); i++) {
			Study.Author a = s.authors().get(i);
			String entry = "study.authors[" + (i + 1) + "]";
			author(a, entry, s, orgIds);
			submitter |= a.roles().stream().anyMatch(r -> r != null && r.strip().equalsIgnoreCase("submitter"));
		}
		if (!submitter) {
			out.warning(STUDY, at.yaml("study.authors"), "no author has the role submitter, and BIA expects one " +
				"author with role submitter (the person BIA will contact); add role: submitter to that author");
		}
	}

	private void author(Study.Author a, String entry, Study s, List<String> orgIds) {
		boolean noFirst = Text.isBlank(a.firstName());
		boolean noLast = Text.isBlank(a.lastName());
		if (noFirst && noLast) {
			out.error(STUDY, at.yaml(entry), "the author has no name; give first_name and last_name");
		}
		else if (noFirst) {
			out.error(STUDY, at.yaml(entry + ".first_name"), "author " + a.name() + " has no first name; give " +
				"first_name");
		}
		else if (noLast) {
			out.error(STUDY, at.yaml(entry + ".last_name"), "author " + a.name() + " has no last name; give " +
				"last_name");
		}
		String who = noFirst && noLast ? "the author" : "author " + a.name();

		Place affiliations = at.yaml(entry + ".affiliations");
		List<String> ids = a.affiliations().stream().filter(id -> !Text.isBlank(id)).toList();
		if (ids.isEmpty()) {
			out.error(STUDY, affiliations, who + " has no affiliation; BIA needs at least one. Add affiliations: " +
				"[<id>] naming an organisation under study.organisations" + (orgIds.isEmpty() ? "" : " (" + Text
					.quoted(orgIds) + ")"));
		}
		for (String id : ids) {
			if (orgIds.contains(id)) continue;
			String near = Text.sameIgnoringCase(orgIds, id);
			out.error(STUDY, affiliations, who + " is affiliated to \"" + id + "\", which is not an organisation " +
				"of the study; " + (near != null ? "did you mean \"" + near + "\"? Ids must match exactly"
					: orgIds.isEmpty() ? "add it under study.organisations with its name"
						: "add it under study.organisations, or use one of " + Text.quoted(orgIds)));
		}

		if (!Text.isBlank(a.orcid())) orcid(a.orcid().strip(), at.yaml(entry + ".orcid"), who);
		if (!Text.isBlank(a.email())) email(a.email(), at.yaml(entry + ".email"), who);
	}

	/** An address with stray characters is written without them; one that is not an address is pointed out. */
	private void email(String email, Place where, String who) {
		if (EmailAddress.plain(email)) return;
		String cleaned = EmailAddress.cleaned(email);
		if (EmailAddress.plain(cleaned)) {
			out.warning(STUDY, where, "the e-mail address of " + who + ", \"" + email + "\", has stray characters; " +
				"the submission will say " + cleaned + ", so write it so in " + at.config());
			return;
		}
		out.warning(STUDY, where, "\"" + email + "\" does not look like an e-mail address; give one such as " +
			"name@institute.org, or leave email out");
	}

	/** DOIs are kept bare (10.xxxx/…): links and prefixes are taken off, an article's web address is refused. */
	private void publications(Study s) {
		for (int i = 0; i < s.publications().size(); i++) {
			String doi = s.publications().get(i).doi();
			if (Text.isBlank(doi)) continue;
			Place where = at.yaml("study.publications[" + (i + 1) + "].doi");
			String bare = Doi.bare(doi);
			if (bare == null) {
				out.error(STUDY, where, "\"" + doi.strip() + "\" is not a DOI; give the publication's DOI, which " +
					"starts with 10. (e.g. 10.1038/s41592-021-01262-9; the journal page shows it), or leave doi out " +
					"and put the web address under links");
			}
			else if (!bare.equals(doi.strip())) {
				out.warning(STUDY, where, "the DOI is written \"" + doi.strip() + "\"; BIA keeps DOIs bare, so the " +
					"submission will say " + bare + ". Write it so in " + at.config());
			}
		}
	}

	private void orcid(String orcid, Place where, String who) {
		Matcher url = ORCID_URL.matcher(orcid);
		if (url.matches() && ORCID.matcher(url.group(2)).matches()) {
			out.error(STUDY, where, "write only the ORCID iD of " + who + ", " + url.group(2) + ", without " +
				"https://orcid.org/");
			return;
		}
		if (!ORCID.matcher(orcid).matches()) {
			out.error(STUDY, where, "\"" + orcid + "\" is not an ORCID iD; " + who + "'s iD has the form " +
				"0000-0002-1825-0097 (16 digits in groups of four, the last may be X): copy it from " +
				"https://orcid.org");
			return;
		}
		char expected = orcidCheckCharacter(orcid);
		if (orcid.charAt(orcid.length() - 1) != expected) {
			out.error(STUDY, where, "the ORCID iD " + orcid + " of " + who + " has a typo: its last character " +
				"should be " + expected + " for the digits before it (ISO 7064 MOD 11-2). Copy the iD again from " +
				"the author's record at https://orcid.org");
		}
	}

	/** The ISO 7064 MOD 11-2 check character of the first 15 digits of an ORCID iD (0-9 or X). */
	static char orcidCheckCharacter(String orcid) {
		int total = 0;
		int digits = 0;
		for (int i = 0; i < orcid.length() && digits < 15; i++) {
			char c = orcid.charAt(i);
			if (c < '0' || c > '9') continue;
			total = (total + (c - '0')) * 2;
			digits++;
		}
		int result = (12 - total % 11) % 11;
		return result == 10 ? 'X' : (char) ('0' + result);
	}
}
