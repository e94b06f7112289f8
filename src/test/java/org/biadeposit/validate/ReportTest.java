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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Problem;
import org.junit.jupiter.api.Test;

/** The report as a value, as text for the CLI and as JSON for tools. */
class ReportTest {

	private static final Problem TITLE = Problem.error(Place.yaml("deposit.yaml", 0, List.of("study", "title")), "the study has no title; give one");
	private static final Problem TAXON = Problem.warning(Place.yaml("deposit.yaml", 0, List.of("biosamples", "WT embryos", "organism", "ncbi_taxon")),
		"the organism has no NCBI taxon; give organism.ncbi_taxon");
	private static final Problem ROW = Problem.error(Place.fileListRow("cells", 4, "cells/a.tif"), "cells/a.tif does not " +
		"exist");

	@Test
	void textIsOneLinePerProblemThenASummary() {
		Report r = new Report(List.of(TITLE, TAXON, ROW));
		assertEquals("error: deposit.yaml study.title: the study has no title; give one\n" +
			"warning: deposit.yaml biosamples.\"WT embryos\".organism.ncbi_taxon: the organism has no NCBI taxon; " +
			"give organism.ncbi_taxon\n" +
			"error: File-list cells row 4 (cells/a.tif): cells/a.tif does not exist\n" +
			"2 errors, 1 warning\n", r.toText());
	}

	@Test
	void summaryCountsInWords() {
		assertEquals("no problems found", new Report(List.of()).summary());
		assertEquals("1 error, 0 warnings", new Report(List.of(TITLE)).summary());
		assertEquals("0 errors, 1 warning", new Report(List.of(TAXON)).summary());
		assertEquals("2 errors, 2 warnings", new Report(List.of(TITLE, TAXON, ROW, TAXON)).summary());
		assertEquals("no problems found\n", new Report(List.of()).toText());
	}

	@Test
	void errorsAndWarningsKeepTheReportOrder() {
		Report r = new Report(List.of(TAXON, TITLE, ROW));
		assertTrue(r.hasErrors());
		assertEquals(List.of(TITLE, ROW), r.errors());
		assertEquals(List.of(TAXON), r.warnings());
		assertEquals(List.of(TAXON, TITLE, ROW), r.problems());
		Report onlyWarnings = new Report(List.of(TAXON));
		assertFalse(onlyWarnings.hasErrors());
		assertEquals(List.of(), onlyWarnings.errors());
	}

	@Test
	void jsonForTools() throws Exception {
		JsonNode json = new ObjectMapper().readTree(new Report(List.of(TITLE, TAXON)).toJson());
		assertEquals(List.of("errors", "warnings", "problems"), fieldNames(json));
		assertEquals(1, json.get("errors").intValue());
		assertEquals(1, json.get("warnings").intValue());
		assertEquals(2, json.get("problems").size());
		JsonNode first = json.get("problems").get(0);
		assertEquals(List.of("severity", "where", "message", "place"), fieldNames(first));
		assertEquals("error", first.get("severity").textValue());
		assertEquals("deposit.yaml study.title", first.get("where").textValue());
		assertEquals("the study has no title; give one", first.get("message").textValue());
		JsonNode second = json.get("problems").get(1);
		assertEquals("warning", second.get("severity").textValue());
		assertEquals("deposit.yaml biosamples.\"WT embryos\".organism.ncbi_taxon", second.get("where").textValue());
		assertEquals("{\"config\":\"deposit.yaml\",\"keys\":[\"biosamples\",\"WT embryos\",\"organism\"," +
			"\"ncbi_taxon\"]}", second.get("place").toString());

		JsonNode empty = new ObjectMapper().readTree(new Report(null).toJson());
		assertEquals(0, empty.get("errors").intValue());
		assertEquals(0, empty.get("problems").size());
	}

	@Test
	void jsonGivesEachPlaceAsValues() throws Exception {
		List<Problem> all = List.of(Problem.error(Place.yaml("deposit.yaml", 12, List.of("study", "license")), "x"),
			Problem.error(Place.yaml("deposit.yaml", 3, 21), "x"), ROW, Problem.error(Place.fileListColumn("cells", 3,
				"Dose"), "x"), Problem.error(Place.datasetFile("cells/a.tif"), "x"), Problem.error(Place.datasetFile(
					"tables/dose.tsv", 2), "x"), Problem.error(Place.component("cells"), "x"), Problem.error(Place
						.described("validator"), "x"));
		JsonNode problems = new ObjectMapper().readTree(new Report(all).toJson()).get("problems");
		List<String> places = new ArrayList<>();
		problems.forEach(p -> places.add(p.get("place").toString()));
		assertEquals(List.of("{\"config\":\"deposit.yaml\",\"line\":12,\"keys\":[\"study\",\"license\"]}",
			"{\"config\":\"deposit.yaml\",\"line\":3,\"column\":21,\"keys\":[]}",
			"{\"fileList\":\"cells\",\"row\":4,\"column\":\"Files\",\"file\":\"cells/a.tif\"}",
			"{\"fileList\":\"cells\",\"columnNumber\":3,\"column\":\"Dose\"}", "{\"file\":\"cells/a.tif\"}",
			"{\"file\":\"tables/dose.tsv\",\"line\":2}", "{\"component\":\"cells\"}",
			"{\"described\":\"validator\"}"), places);
		// the text is made from the same values
		assertEquals("deposit.yaml:12 study.license", problems.get(0).get("where").textValue());
		assertEquals("File-list cells row 4 (cells/a.tif)", problems.get(2).get("where").textValue());
	}

	@Test
	void nullsAreDropped() {
		List<Problem> withNull = new ArrayList<>(Arrays.asList(TITLE, null));
		Report r = new Report(withNull);
		assertEquals(List.of(TITLE), r.problems());
		withNull.clear();
		assertEquals(List.of(TITLE), r.problems(), "a copy, not a view");
		assertEquals(List.of(), new Report(null).problems());
	}

	private static List<String> fieldNames(JsonNode n) {
		List<String> out = new ArrayList<>();
		n.fieldNames().forEachRemaining(out::add);
		return out;
	}
}
