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
package org.biadeposit.rembi.yaml;

import static org.biadeposit.rembi.StudyFields.ACKNOWLEDGEMENTS;
import static org.biadeposit.rembi.StudyFields.DESCRIPTION;
import static org.biadeposit.rembi.StudyFields.FUNDING_STATEMENT;
import static org.biadeposit.rembi.StudyFields.LICENSE;
import static org.biadeposit.rembi.StudyFields.RELEASE_DATE;
import static org.biadeposit.rembi.StudyFields.REMBI_VERSION;
import static org.biadeposit.rembi.StudyFields.TITLE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.biadeposit.rembi.Licence;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.Study.Author;
import org.biadeposit.rembi.Study.Grant;
import org.biadeposit.rembi.Study.Link;
import org.biadeposit.rembi.Study.Organisation;
import org.biadeposit.rembi.Study.Publication;

/**
 * Reads the {@code study:} section of deposit.yaml: title and description, release date, licence, authors with
 * their roles and organisations, funding, publications and links (see {@link DepositYaml} for the whole file).
 */
final class StudyYaml {

	private static final String LICENCE_DEFAULT = "the licence was not set (it would otherwise default to " + Licence
		.DEFAULT.label() + ")";
	/** What a misspelt licence key would otherwise silently give. */
	private static final Map<String, String> STUDY_DEFAULTS = Map.of(LICENSE.key(), LICENCE_DEFAULT, LICENSE.aliases()
		.get(0), LICENCE_DEFAULT);

	private StudyYaml() {}

	static Study study(YamlValue value) {
		YamlMapping m = value.mapping(DepositYaml.STUDY_KEYS, STUDY_DEFAULTS);
		Organisations organisations = new Organisations();
		for (Map.Entry<String, YamlValue> e : m.either("organisations", "organizations",
			"the organisations authors belong to").mapping(null).entries().entrySet())
		{
			YamlMapping o = e.getValue().mapping(DepositYaml.ORGANISATION_KEYS);
			organisations.declare(e.getKey(), o.get("name").text(), o.get("address").text(), o.get("ror").text());
		}
		List<Author> authors = new ArrayList<>();
		for (YamlValue item : m.get("authors").items()) {
			Author a = author(item, organisations);
			if (a != null) authors.add(a);
		}
		YamlMapping funding = m.get("funding").mapping(DepositYaml.FUNDING_KEYS);
		List<Grant> grants = new ArrayList<>();
		for (YamlValue item : funding.get("grant_references").items()) {
			YamlMapping g = item.mapping(DepositYaml.GRANT_KEYS);
			Grant grant = new Grant(g.get("funder").text(), g.get("identifier").text());
			if (!grant.equals(new Grant(null, null))) grants.add(grant);
		}
		List<Publication> publications = new ArrayList<>();
		for (YamlValue item : m.get("publications").items()) {
			YamlMapping p = item.mapping(DepositYaml.PUBLICATION_KEYS);
			Publication pub = new Publication(p.get("title").text(), p.get("authors").joinedText(", "), p.get("doi")
				.text(), p.get("year").text(), p.get("pubmed_id").text());
			if (!pub.equals(new Publication(null, null, null, null, null))) publications.add(pub);
		}
		List<Link> links = new ArrayList<>();
		for (YamlValue item : m.get("links").items()) {
			YamlMapping l = item.mapping(DepositYaml.LINK_KEYS);
			Link link = new Link(l.get("link_url").text(), l.get("link_description").text());
			if (!link.equals(new Link(null, null))) links.add(link);
		}
		String licence = LICENSE.aliases().get(0);
		return new Study(m.get(TITLE.key()).text(), m.get(DESCRIPTION.key()).text(), date(m.either(RELEASE_DATE
			.aliases().get(0), RELEASE_DATE.key(), "the date the study becomes public")), m.get("keywords").texts(),
			authors, organisations.all(), license(m.either(LICENSE.key(), licence, "the licence"), m.misspells(LICENSE
				.key(), licence)), grants, funding.get(FUNDING_STATEMENT.key()).text(), m.get(ACKNOWLEDGEMENTS.key())
					.text(), publications, links, m.get(REMBI_VERSION.key()).text());
	}

	/** An author, or null if the entry gives nothing (as an unfilled template block). */
	private static Author author(YamlValue item, Organisations organisations) {
		YamlMapping a = item.mapping(DepositYaml.AUTHOR_KEYS);
		Set<String> roles = new LinkedHashSet<>();
		String role = a.get("role").text();
		// bia-agent files often say "role: conceptualization, data acquisition".
		if (role != null) {
			for (String r : role.split("[,;]")) {
				if (!r.isBlank()) roles.add(r.strip());
			}
		}
		roles.addAll(a.get("roles").texts());

		Set<String> affiliations = new LinkedHashSet<>();
		YamlValue inline = a.get("affiliation");
		if (inline.isMapping()) {
			addIfGiven(affiliations, organisations.inline(inline.mapping(DepositYaml.ORGANISATION_KEYS)));
		}
		else if (inline.isList()) {
			inline.error("is a list, but one organisation is needed here; for several, write \"affiliations:\" " +
				"with one organisation per line, each starting with \"- \"");
		}
		else if (inline.isGiven()) {
			String name = inline.text();
			addIfGiven(affiliations, organisations.has(name) ? name : organisations.inline(name, null, null));
		}
		YamlValue refs = a.get("affiliations");
		for (YamlValue ref : refs.isList() ? refs.items() : refs.isGiven() ? List.of(refs) : List.<YamlValue> of()) {
			if (ref.isMapping()) {
				addIfGiven(affiliations, organisations.inline(ref.mapping(DepositYaml.ORGANISATION_KEYS)));
				continue;
			}
			String id = ref.text();
			if (id == null) continue;
			if (organisations.has(id)) {
				affiliations.add(id);
			}
			else {
				ref.error("\"" + id + "\" names no organisation of study.organisations; add it there (\"" + id +
					":\" with name, address and ror under it)" + (organisations.declared().isEmpty() ? ""
						: " or use one of " + String.join(", ", organisations.declared())));
			}
		}
		Author author = new Author(a.get("first_name").text(), a.get("last_name").text(), a.get("email").text(), a
			.get("orcid").text(), new ArrayList<>(roles), new ArrayList<>(affiliations));
		return author.equals(new Author(null, null, null, null, null, null)) ? null : author;
	}

	private static void addIfGiven(Set<String> ids, String id) {
		if (id != null) ids.add(id);
	}

	private static LocalDate date(YamlValue v) {
		String text = v.text();
		if (text == null) return null;
		try {
			return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeParseException e) {
			LocalDate guess = guessDate(text);
			v.error("\"" + text + "\" is not a date in the form YYYY-MM-DD (year-month-day); write it as " +
				(guess != null ? guess : "YYYY-MM-DD, e.g. 2027-12-31 for 31 December 2027"));
			return null;
		}
	}

	/** What a date written another way most likely means, if that is clear. */
	static LocalDate guessDate(String text) {
		try {
			Matcher iso = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?").matcher(text);
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(
					iso.group(3)));
			}
			Matcher other = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})").matcher(text);
			if (other.matches()) {
				int a = Integer.parseInt(other.group(1));
				int b = Integer.parseInt(other.group(2));
				int year = Integer.parseInt(other.group(3));
				if (a > 12 || a == b) return LocalDate.of(year, b, a);
				if (b > 12) return LocalDate.of(year, a, b);
			}
		}
		catch (DateTimeException e) {
			// Not a real date either way.
		}
		return null;
	}

	/**
	 * "CC0" (the default, when not given) or "CC BY 4.0", from the ways people write them; else an error. Not given
	 * while a key that looks like "license" is there (an error of its own), it is null: never a default then.
	 */
	private static String license(YamlValue v, boolean misspelt) {
		if (!v.isGiven()) return misspelt ? null : Licence.DEFAULT.label();
		String text = v.text();
		if (text == null) return null;
		Licence l = Licence.written(text);
		if (l != null) return l.label();
		v.error("\"" + text + "\" is not a licence BIA takes; use " + Licence.DEFAULT.label() + " (the default) or " +
			Licence.CC_BY_4_0.label());
		return null;
	}

	/**
	 * The organisations of a study: those declared under {@code organisations:} by id, and those written inline
	 * as an author's affiliation, which get ids o1, o2... (skipping declared ids). Affiliations with the same name
	 * and address are one organisation, shared by their authors.
	 */
	private static final class Organisations {

		private final Map<String, Organisation> byId = new LinkedHashMap<>();
		private final Map<List<String>, String> idByNameAndAddress = new HashMap<>();
		private final List<String> declared = new ArrayList<>();

		void declare(String id, String name, String address, String ror) {
			byId.put(id, new Organisation(id, name, address, ror));
			declared.add(id);
			if (name != null || address != null) idByNameAndAddress.putIfAbsent(sameness(name, address), id);
		}

		boolean has(String id) {
			return byId.containsKey(id);
		}

		List<String> declared() {
			return declared;
		}

		String inline(YamlMapping m) {
			return inline(m.get("name").text(), m.get("address").text(), m.get("ror").text());
		}

		/** The id of the organisation with this name and address, made if new; null if nothing is given. */
		String inline(String name, String address, String ror) {
			if (name == null && address == null && ror == null) return null;
			List<String> key = sameness(name, address);
			String id = idByNameAndAddress.get(key);
			if (id != null) {
				Organisation o = byId.get(id);
				if (o.ror() == null && ror != null) byId.put(id, new Organisation(id, o.name(), o.address(), ror));
				return id;
			}
			int n = 1;
			while (byId.containsKey("o" + n)) n++;
			id = "o" + n;
			byId.put(id, new Organisation(id, name, address, ror));
			idByNameAndAddress.put(key, id);
			return id;
		}

		List<Organisation> all() {
			return new ArrayList<>(byId.values());
		}

		private static List<String> sameness(String name, String address) {
			return List.of(name == null ? "" : name.replaceAll("\\s+", " "), address == null ? "" : address
				.replaceAll("\\s+", " "));
		}
	}
}
