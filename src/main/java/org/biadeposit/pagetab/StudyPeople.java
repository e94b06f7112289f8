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
package org.biadeposit.pagetab;

import java.util.ArrayList;
import java.util.List;

import org.biadeposit.rembi.Study;

/**
 * The study's authors, organisations, publications and grants as a published study gives them: each read into the
 * REMBI model, what no REMBI field holds kept with the section's key.
 */
final class StudyPeople {

	final List<Study.Author> authors = new ArrayList<>();
	final List<Study.Organisation> organisations = new ArrayList<>();
	final List<Study.Publication> publications = new ArrayList<>();
	final List<Study.Grant> grants = new ArrayList<>();
	private final List<String> affiliations = new ArrayList<>();

	/** Reads one section; false when it says nothing REMBI models (an empty Funding section), to keep whole. */
	boolean read(Section s, String key, PageTabImport into) {
		Fields f = new Fields(s);
		if (s.attributes().stream().allMatch(a -> a.value() == null || a.value().isBlank()) && Entry.flatten(s
			.subsections()).isEmpty() && !PublishedPageTab.kind(s).equals("author"))
		{
			return false;
		}
		switch (PublishedPageTab.kind(s)) {
			case "organisation" -> {
				String id = s.accno() != null && !s.accno().isBlank() ? s.accno() : "o" + (organisations.size() + 1);
				organisations.add(new Study.Organisation(id, f.take("Name"), f.take("Address"), f.take("RORID")));
			}
			case "author" -> {
				String name = f.take("Name");
				String email = f.take("E-mail");
				if (email == null) email = f.take("Email");
				String orcid = f.take("ORCID");
				List<String> roles = f.takeAll("Role").stream().map(Attribute::value).filter(v -> v != null).toList();
				List<String> aff = f.takeAll("affiliation").stream().map(Attribute::value).filter(v -> v != null)
					.toList();
				affiliations.addAll(aff);
				String first = null, last = name == null ? null : name.strip();
				int space = last == null ? -1 : last.lastIndexOf(' ');
				if (space > 0) {
					first = last.substring(0, space).strip();
					last = last.substring(space + 1);
				}
				authors.add(new Study.Author(first, last, email, orcid, roles, aff));
			}
			case "publication" -> publications.add(new Study.Publication(f.take("Title"), f.take("Authors"), f.take(
				"DOI"), f.take("Year"), f.take("Pubmed ID")));
			default -> grants.add(new Study.Grant(f.take("Agency"), f.take("grant_id")));
		}
		into.keep(key, f.rest(), f.subsections(), null);
		return true;
	}

	/** Warns of affiliations that name no organisation of the study (they would be lost). */
	void check(PageTabImport into) {
		for (String a : affiliations) {
			if (organisations.stream().noneMatch(o -> a.equals(o.id()))) {
				into.warn("an author's affiliation '" + a + "' names no organisation of the study; it is not kept: " +
					"add the organisation under study.organisations in deposit.yaml");
			}
		}
	}
}
