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

import static org.biadeposit.rembi.Problem.Severity.ERROR;
import static org.biadeposit.rembi.Problem.Severity.WARNING;
import static org.biadeposit.validate.Draft.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.biadeposit.rembi.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 1: the study, its people and organisations. */
class StudyRulesTest {

	@TempDir
	Path root;

	private Draft draft() {
		return Draft.good(root);
	}

	@Test
	void aCompleteDepositionHasNoProblems() {
		Report r = draft().validate();
		Expect.none(r);
		assertFalse(r.hasErrors());
		assertEquals("no problems found\n", r.toText());
	}

	@Test
	void titleIsRequired() {
		Draft d = draft();
		d.title = "  ";
		Expect.only(d.validate(), ERROR, "deposit.yaml study.title", "no title", "at least 25 characters");
	}

	@Test
	void titleNeedsTwentyFiveCharacters() {
		Draft d = draft();
		d.title = "Zebrafish embryo nucleus";
		assertEquals(24, d.title.length());
		Expect.only(d.validate(), ERROR, "deposit.yaml study.title", "is 24 characters long", "at least 25");
		d.title = "Zebrafish embryo nucleus ";
		assertEquals(1, d.validate().problems().size(), "surrounding spaces do not count");
		d.title = "Zebrafish embryo nucleusX";
		Expect.none(d.validate());
	}

	@Test
	void theConfigFileNameIsThePlace() {
		Draft d = draft();
		d.title = null;
		d.config = root.resolve("conf/my study.yaml");
		Expect.only(d.validate(), ERROR, "my study.yaml study.title");
		d.config = null;
		Expect.only(d.validate(), ERROR, "deposit.yaml study.title");
	}

	@Test
	void descriptionIsRequired() {
		Draft d = draft();
		d.description = "";
		Expect.only(d.validate(), ERROR, "deposit.yaml study.description", "no description", "abstract");
	}

	@Test
	void atLeastOneKeyword() {
		Draft d = draft();
		d.keywords = List.of(" ");
		Expect.only(d.validate(), ERROR, "deposit.yaml study.keywords", "no keywords", "at least one");
		d.keywords = List.of();
		Expect.only(d.validate(), ERROR, "deposit.yaml study.keywords");
	}

	@Test
	void licenseIsOneBiaOffers() {
		Draft d = draft();
		d.license = "MIT";
		Expect.only(d.validate(), ERROR, "deposit.yaml study.license", "\"MIT\" is not a licence BIA offers",
			"\"CC0\", \"CC BY 4.0\"");
		d.license = "cc-by 4.0";
		Expect.only(d.validate(), ERROR, "deposit.yaml study.license", "write it exactly as \"CC BY 4.0\"");
		d.license = null;
		Expect.only(d.validate(), ERROR, "deposit.yaml study.license", "no licence");
		d.license = "CC0";
		Expect.none(d.validate());
	}

	@Test
	void releaseDateIsRequired() {
		Draft d = draft();
		d.releaseDate = null;
		Expect.only(d.validate(), ERROR, "deposit.yaml study.release_date", "no release date",
			"from 2026-03-15 to 2028-03-15");
	}

	@Test
	void releaseDateNotInThePast() {
		Draft d = draft();
		d.releaseDate = TODAY.minusDays(1);
		Expect.only(d.validate(), ERROR, "deposit.yaml study.release_date", "2026-03-14 is in the past",
			"choose 2026-03-15");
		d.releaseDate = TODAY;
		Expect.none(d.validate());
	}

	@Test
	void releaseDateWithinTwoYears() {
		Draft d = draft();
		d.releaseDate = TODAY.plusYears(2).plusDays(1);
		Expect.only(d.validate(), ERROR, "deposit.yaml study.release_date", "more than two years away",
			"choose a date on or before 2028-03-15");
		d.releaseDate = TODAY.plusYears(2);
		Expect.none(d.validate());
	}

	@Test
	void atLeastOneAuthor() {
		Draft d = draft();
		d.authors.clear();
		Expect.only(d.validate(), ERROR, "deposit.yaml study.authors", "no authors");
	}

	@Test
	void authorsNeedFirstAndLastName() {
		Draft d = draft();
		Study.Author a = d.authors.get(1);
		d.authors.set(1, new Study.Author("Charles", " ", a.email(), a.orcid(), a.roles(), a.affiliations()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.authors[2].last_name", "author Charles has no last " +
			"name");
		d.authors.set(1, new Study.Author(null, "Babbage", a.email(), a.orcid(), a.roles(), a.affiliations()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.authors[2].first_name", "Babbage has no first name");
		d.authors.set(1, new Study.Author(null, null, a.email(), a.orcid(), a.roles(), a.affiliations()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.authors[2]", "no name", "first_name and last_name");
	}

	@Test
	void authorsNeedAnAffiliation() {
		Draft d = draft();
		Study.Author a = d.authors.get(0);
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), a.email(), a.orcid(), a.roles(), List.of()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.authors[1].affiliations", "Ada Lovelace has no " +
			"affiliation", "\"embl\", \"Uni Example\"");
	}

	@Test
	void affiliationsNameOrganisationsOfTheStudy() {
		Draft d = draft();
		Study.Author a = d.authors.get(0);
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), a.email(), a.orcid(), a.roles(), List.of(
			"EMBL")));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.authors[1].affiliations", "affiliated to \"EMBL\"",
			"did you mean \"embl\"");
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), a.email(), a.orcid(), a.roles(), List.of(
			"mit")));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.authors[1].affiliations", "\"mit\", which is not an " +
			"organisation of the study", "use one of \"embl\", \"Uni Example\"");
	}

	@Test
	void organisationsNeedAName() {
		Draft d = draft();
		d.organisations.set(1, new Study.Organisation("Uni Example", " ", null, null));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.organisations.\"Uni Example\".name", "no name");
	}

	@Test
	void orcidCheckDigitMustMatch() {
		Draft d = draft();
		Study.Author a = d.authors.get(0);
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), a.email(), "0000-0002-1825-0098", a.roles(),
			a.affiliations()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.authors[1].orcid", "0000-0002-1825-0098", "has a typo",
			"should be 7");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X" })
	void validOrcidsPass(String orcid) {
		assertEquals(orcid.charAt(18), StudyRules.orcidCheckCharacter(orcid));
		Draft d = draft();
		Study.Author a = d.authors.get(0);
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), a.email(), orcid, a.roles(), a
			.affiliations()));
		Expect.none(d.validate());
	}

	@Test
	void orcidMustHaveTheForm() {
		Draft d = draft();
		Study.Author a = d.authors.get(0);
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), a.email(), "0000000218250097", a.roles(), a
			.affiliations()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.authors[1].orcid", "is not an ORCID iD",
			"0000-0002-1825-0097");
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), a.email(), "https://orcid.org/0000-0002-1825-0097",
			a.roles(), a.affiliations()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.authors[1].orcid", "write only the ORCID iD",
			"without https://orcid.org/");
	}

	@Test
	void emailThatIsNoEmailIsAWarning() {
		Draft d = draft();
		Study.Author a = d.authors.get(0);
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), "ada at example.org", a.orcid(), a.roles(), a
			.affiliations()));
		Report r = d.validate();
		Expect.only(r, WARNING, "deposit.yaml study.authors[1].email", "does not look like an e-mail address");
		assertFalse(r.hasErrors());
	}

	@Test
	void oneAuthorShouldBeTheSubmitter() {
		Draft d = draft();
		Study.Author a = d.authors.get(0);
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), a.email(), a.orcid(), List.of("author"), a
			.affiliations()));
		Expect.only(d.validate(), WARNING, "deposit.yaml study.authors", "BIA expects one author with role " +
			"submitter");
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), a.email(), a.orcid(), List.of(" Submitter"), a
			.affiliations()));
		Expect.none(d.validate());
	}

	@Test
	void aMissingStudyIsOneError() {
		Draft d = draft();
		var built = d.build();
		var noStudy = new org.biadeposit.rembi.Deposition(built.root(), built.config(), null, built.biosamples(),
			built.specimens(), built.acquisitions(), built.analyses(), built.correlations(), built.components(), built
				.annotations());
		Report r = DepositionValidator.validate(noStudy, TODAY);
		Expect.only(r, ERROR, "deposit.yaml study", "no study description");
		assertTrue(r.hasErrors());
	}
}
