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
import java.util.List;

/**
 * The study-level facts only a person can give: title, description, people, licence, funding, release date.
 *
 * @param releaseDate when the study becomes public (bia-agent: {@code private_until_date})
 * @param license "CC0" (the default) or "CC BY 4.0"
 */
public record Study(String title, String description, LocalDate releaseDate, List<String> keywords,
	List<Author> authors, List<Organisation> organisations, String license, List<Grant> grants,
	String fundingStatement, String acknowledgements, List<Publication> publications, List<Link> links,
	String rembiVersion)
{

	public Study {
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
		authors = authors == null ? List.of() : List.copyOf(authors);
		organisations = organisations == null ? List.of() : List.copyOf(organisations);
		grants = grants == null ? List.of() : List.copyOf(grants);
		publications = publications == null ? List.of() : List.copyOf(publications);
		links = links == null ? List.of() : List.copyOf(links);
	}

	/**
	 * A person who made the data, and the organisations (by {@link Organisation#id()}) they belong to.
	 *
	 * @param roles e.g. "submitter", "principal investigator", "corresponding author"
	 */
	public record Author(String firstName, String lastName, String email, String orcid, List<String> roles,
		List<String> affiliations)
	{

		public Author {
			roles = roles == null ? List.of() : List.copyOf(roles);
			affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
		}

		public String name() {
			return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
		}
	}

	/** @param id how authors refer to it (becomes the PageTab accno, e.g. "o1") */
	public record Organisation(String id, String name, String address, String ror) {}

	public record Grant(String funder, String identifier) {}

	public record Publication(String title, String authors, String doi, String year, String pubmedId) {}

	public record Link(String url, String description) {}
}
