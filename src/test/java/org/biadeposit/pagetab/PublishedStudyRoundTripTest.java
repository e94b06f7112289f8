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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.biadeposit.DepositionWorkflow;
import org.biadeposit.TestData;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.yaml.DepositYaml;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every published study of the test corpus (BioImages.v4 and v5, MIFA, bia-agent's and the older nested layout),
 * imported into deposit.yaml and written again as {@code bia package --metadata-only} writes it, says what it said:
 * the same sections, attribute names and values, association rows, links and File List names, order aside.
 * <p>
 * What is compared as equal though written differently, and why:
 * <ul>
 * <li>Section accnos: the writer numbers sections again; BIA links modules by their titles, not accnos.</li>
 * <li>Names of types and attributes ignoring case, with the spellings BIA's ingest takes as one: Keyword and
 * Keywords, Email and E-mail, organization and organisation, Annotation and Annotations (the writer writes the
 * plural BIA's ingest reads); values without surrounding spaces (deposit.yaml keeps none).</li>
 * <li>The licence as BIA spells it (deposit.yaml reads "CC-BY 4.0" as "CC BY 4.0"; S-BIAD15).</li>
 * <li>The study title at the top or in the study section (the writer puts it at the top, as BioStudies serves
 * it); Template (the writer's own); the licence's URL qualifier (the writer adds it).</li>
 * <li>Organism and imaging method by label and term id, whichever form holds them (plain label, valqual, or
 * bia-agent's subsections), so that the v4 and v5 writers both pass.</li>
 * </ul>
 * What cannot round-trip is listed in {@link #CHANGED}, file by file, with the reason.
 */
class PublishedStudyRoundTripTest {

	private static final String OVERRIDES = "bia-integrator/bia-ingest/submission_overrides/biostudies/";

	/** What the writer changes on purpose, by study. */
	static final Map<String, String> CHANGED = Map.of(
		"S-BIAD599", "older nested layout: the modules inside each study component are written as modules of the " +
			"study, titled by their accno, with an association row linking them (as BioImages.v4 does)",
		"S-BIAD677", "older nested layout, as S-BIAD599",
		"S-BIAD1076", "it has no licence; the writer writes CC0, BIA's default",
		"S-BIAD1492", "its licence CC BY 3.0 is not one BIA takes today (CC0 or CC BY 4.0): deposit.yaml refuses " +
			"it until the depositor chooses one: the licence is not compared");

	static Stream<String> studies() {
		List<String> all = new ArrayList<>();
		for (String a : List.of("S-BIAD15", "S-BIAD599", "S-BIAD662", "S-BIAD677", "S-BIAD1043", "S-BIAD1076",
			"S-BIAD1136", "S-BIAD1388", "S-BIAD1752", "S-BIAD1982", "S-BIAD2235", "S-BIAD2808"))
		{
			all.add(OVERRIDES + a + "/" + a + "_original.json");
		}
		all.add("bia-integrator/bia-ingest/test/data/example_bia_agent_study/input/S-BIAD1492/S-BIAD1492.json");
		return all.stream();
	}

	@ParameterizedTest
	@MethodSource("studies")
	void importThenPackageMetadataOnlySaysTheSame(String file, @TempDir Path dir) throws IOException {
		Submission original = PageTabJson.read(TestData.file(file));
		DepositionWorkflow.Imported imported = DepositionWorkflow.importStudy(TestData.file(file), dir);
		DepositYaml.Reading reading = DepositYaml.read(imported.config(), dir);
		String accno = original.accno();
		boolean licence = !CHANGED.getOrDefault(accno, "").contains("licence is not compared");
		if (licence) assertFalse(reading.hasErrors(), () -> "deposit.yaml as imported reads back: " + reading
			.problems());
		else assertTrue(imported.warnings().stream().anyMatch(w -> w.contains("licence")), () -> "warned: " + imported
			.warnings());
		Deposition d = reading.deposition();
		Submission written = DepositionPageTab.submission(d);
		assertEquals(accno, written.accno());

		boolean nested = CHANGED.getOrDefault(accno, "").contains("nested");
		List<String> said = describe(original, nested, !licence);
		assertEquals(said, filledIds(said, describe(written, nested, !licence || original.section().attribute(
			"License") == null)));
		if (!nested) assertEquals(rows(original), rows(written), "association rows");

		// what bia package --metadata-only writes is that submission, when the description passes validation
		DepositionWorkflow.Packaged p = DepositionWorkflow.packMetadataOnly(dir, imported.config(), dir.resolve(
			"package"));
		if (p.written() != null) {
			assertEquals(PageTabJson.write(written), Files.readString(p.written().submission()));
			Path lists = dir.resolve("package").resolve(DepositionPageTab.FILE_LIST_FOLDER);
			try (Stream<Path> built = Files.isDirectory(lists) ? Files.list(lists) : Stream.empty()) {
				assertEquals(0, built.count(), "no File-list is rebuilt");
			}
		}
	}

	/** Every section, link and submission attribute as text, sorted. */
	static List<String> describe(Submission s, boolean nested, boolean skipLicence) {
		List<String> out = new ArrayList<>();
		String title = s.attribute("Title") != null ? s.attribute("Title") : s.section().attribute("Title");
		out.add("title " + title.strip());
		for (Attribute a : s.attributes()) {
			if (!List.of("title", "template").contains(a.name().toLowerCase(Locale.ROOT))) out.add("top " + attr(a));
		}
		for (Section sec : s.sections()) {
			String type = type(sec.type());
			if (type.equals("associations") && nested) continue;
			if (type.equals("organism") || type.equals("imaging method")) continue;
			Set<String> attrs = new TreeSet<>();
			for (Attribute a : sec.attributes()) {
				String n = name(a.name());
				if (sec == s.section() && n.equals("title") && (s.attribute("Title") == null || a.value() != null && a
					.value().strip().equals(title.strip()))) {
					continue; // BioImages.v5 repeats the title in the Study section
				}
				if (sec == s.section() && n.equals("releasedate") && a.value() != null && a.value().equals(s.attribute(
					"ReleaseDate"))) {
					continue; // and the release date
				}
				if (sec == s.section() && n.equals("license") && skipLicence) continue;
				if (nested && n.equals("title") && sec != s.section()) continue;
				if (n.equals("organism") && !type.equals("study") || n.equals("imaging method")) continue;
				attrs.add(n.equals("license") ? n + "=" + a.value().strip().replace("CC-BY", "CC BY") : n.equals("doi")
					&& a.value() != null ? n + "=" + a.value().strip().replaceFirst("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)+",
						"") : attr(a));
			}
			if (type.equals("biosample")) attrs.add("organism=" + Ontology.organisms(sec));
			if (type.equals("image acquisition")) attrs.add("methods=" + Ontology.imagingMethods(sec));
			out.add("section " + type + " " + attrs);
			for (Link l : Entry.flatten(sec.links())) {
				Set<String> la = new TreeSet<>();
				l.attributes().forEach(a -> la.add(attr(a)));
				out.add("link " + l.url() + " " + la);
			}
		}
		out.sort(null);
		return out;
	}

	/**
	 * The written description with the term ids BioImages.v5 adds (from the bundled tables, where the original named
	 * an organism or imaging method without one) taken out again: a line is changed only where that makes it one the
	 * original has.
	 */
	static List<String> filledIds(List<String> original, List<String> written) {
		List<String> out = new ArrayList<>();
		for (String w : written) {
			String without = w, before;
			do { // one term id at a time, only within organism=[...] and methods=[...]
				before = without;
				without = without.replaceFirst("((?:organism|methods)=\\[[^\\]]*?[^\\d\\s]) \\d+([,\\]])", "$1 $2");
			}
			while (!without.equals(before));
			out.add(!original.contains(w) && original.contains(without) ? without : w);
		}
		out.sort(null);
		return out;
	}

	/** The association rows of each component, by its name. */
	static List<String> rows(Submission s) {
		List<String> out = new ArrayList<>();
		for (Section c : s.sections("Study Component")) {
			for (Section r : c.subsections("Associations")) {
				Set<String> attrs = new TreeSet<>();
				r.attributes().forEach(a -> attrs.add(attr(a)));
				out.add(c.attribute("Name").strip() + " " + attrs);
			}
		}
		out.sort(null);
		return out;
	}

	static String type(String t) {
		String s = t.strip().toLowerCase(Locale.ROOT);
		return switch (s) {
			case "organization" -> "organisation";
			case "annotation" -> "annotations";
			default -> s;
		};
	}

	static String name(String n) {
		String s = n.strip().toLowerCase(Locale.ROOT);
		return switch (s) {
			case "keyword" -> "keywords";
			case "email" -> "e-mail";
			default -> s;
		};
	}

	static String attr(Attribute a) {
		return name(a.name()) + (a.reference() ? "*" : "") + "=" + (a.value() == null ? "" : a.value().strip()) + (a
			.valueQualifiers().isEmpty() ? "" : " " + a.valueQualifiers());
	}

	@ParameterizedTest
	@MethodSource("studies")
	void whatIsKeptIsWrittenUnderPublished(String file, @TempDir Path dir) throws IOException {
		DepositionWorkflow.Imported imported = DepositionWorkflow.importStudy(TestData.file(file), dir);
		String yaml = Files.readString(imported.config());
		assertTrue(yaml.contains("published:\n  accession: " + PageTabJson.read(TestData.file(file)).accno()), yaml);
	}
}
