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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.biadeposit.DepositionService;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.TestData;
import org.biadeposit.example.ExampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * Issue 9, §1 "Done means": the FAIR-cookbook recipe's example study (S-BIAD677: bronchial epithelia, native and
 * interferon knock-out, widefield + confocal + TEM) written as a deposit.yaml, over a dataset arranged in folders as
 * the recipe's from real images of the test corpus (and generated ones where the corpus has no such kind), packaged
 * through {@link DepositionService} and compared with the study as published, section by section. Every difference
 * is listed and must be one of {@link #ALLOWED}, each with the reason it differs; an allowed difference that no
 * longer occurs fails too, so that the list stays true.
 */
class RecipeStudyTest {

	private static final String PUBLISHED =
		"bia-integrator/bia-ingest/submission_overrides/biostudies/S-BIAD677/S-BIAD677_original.json";

	/** Each difference that may occur ("- " only in the published study, "+ " only in ours), as a regex: why. */
	private static final Map<String, String> ALLOWED = new LinkedHashMap<>();
	static {
		ALLOWED.put("[-+] accno = (S-BIAD677)?", "the archive gives the accession when a study is first submitted; " +
			"a new deposition has none yet");
		ALLOWED.put("- study: rembi_pagetab conversion script version = 1\\.0\\.0", "written by the script BIA " +
			"converted this study with; it is no REMBI field and no depositor writes it");
		ALLOWED.put("\\+ study: template = BioImages\\.v5", "we write the template the submission tool uses today " +
			"(BioImages.v5); the study was made before templates were named");
		ALLOWED.put("- study: releasedate = 2023-05-02|\\+ study: releasedate = \\d{4}-\\d\\d-\\d\\d", "a new " +
			"deposition's release date lies between today and two years ahead, so the test sets one; the study was " +
			"released on 2023-05-02");
		ALLOWED.put("- study: keyword = .*|\\+ study: keywords = .*", "the same six keywords: v5 names the " +
			"attribute Keywords, the older form Keyword");
		ALLOWED.put("- study: license = CC0|\\+ study: license = CC0 \\[URL: https://creativecommons\\.org/" +
			"publicdomain/zero/1\\.0/legalcode\\]", "the same licence: v5 adds the licence's legal code as a URL " +
			"qualifier");
		ALLOWED.put("- author [^:]+: email = .*|\\+ author [^:]+: e-mail = .*", "the same addresses: the " +
			"BioStudies template spells the attribute E-mail, this study was written with Email");
		ALLOWED.put("- publication .+: pmc id = PMC9651868", "REMBI's publication has a PubMed ID but no PMC ID, so " +
			"deposit.yaml has no key for it (bia import keeps such attributes of a published study as they are)");
		ALLOWED.put("- component [^:]+: file list = file_list_sc[123]\\.json|\\+ component [^:]+: file list = " +
			"filelists/[a-z0-9_.-]+\\.json", "our File-lists are named after the component's deposit.yaml key " +
			"(made a safe file name) in the package's filelists/ folder; the published ones were file_list_sc1.json " +
			"to sc3");
		ALLOWED.put("\\+ component [^/]+ / [a-z ]+( \\[[^\\]]+\\])?: title = .*", "v5 modules are sections of " +
			"the study with a Title that the components' association rows name; in the older layout they were " +
			"untitled sections nested in each component");
	}

	/**
	 * Allowed differences that rename an attribute: the published line's form and ours. What they capture (place and
	 * value) must pair up one to one, so that a value lost or changed under a rename is still a difference.
	 */
	private static final List<List<Pattern>> RENAMED = List.of( //
		List.of(Pattern.compile("- study: keyword = (.*)"), Pattern.compile("\\+ study: keywords = (.*)")), //
		List.of(Pattern.compile("- author ([^:]+): email = (.*)"), Pattern.compile("\\+ author ([^:]+): e-mail = " +
			"(.*)")));

	@TempDir
	Path tmp;

	@Test
	void theRecipeStudyPackagesAsPublished() throws IOException {
		Submission published = PageTabJson.read(TestData.file(PUBLISHED));
		Path root = arrange(tmp.resolve("S-BIAD677"));
		Path config = root.resolve("deposit.yaml");
		try (InputStream in = RecipeStudyTest.class.getResourceAsStream("recipe-S-BIAD677.deposit.yaml")) {
			String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Files.writeString(config, yaml.replace("RELEASE_DATE", LocalDate.now().plusMonths(1).toString()));
		}
		Context context = new Context();
		DepositionWorkflow.Packaged packaged;
		try {
			DepositionService bia = context.service(DepositionService.class);
			bia.setSettings(DepositionService.Settings.defaults().withThreads(2).withHarvestCache(false));
			packaged = bia.pack(root, config, tmp.resolve("package"));
		}
		finally {
			context.dispose();
		}
		assertNotNull(packaged.written(), packaged.report().toText());
		assertFalse(packaged.report().toText().contains("no study component"), "the side tables are read, not " +
			"left behind: " + packaged.report().toText());
		Submission ours = PageTabJson.read(packaged.written().submission());
		fileListsHaveTheRecipesColumns(packaged.written().fileLists());

		List<String> differences = differences(describe(published), describe(ours));
		List<String> unexplained = new ArrayList<>();
		Set<String> used = new TreeSet<>();
		for (String d : differences) {
			String why = ALLOWED.keySet().stream().filter(d::matches).findFirst().orElse(null);
			if (why == null) unexplained.add(d);
			else used.add(why);
		}
		assertEquals(List.of(), unexplained, "differences from the published S-BIAD677 that no reason explains");
		List<String> stale = ALLOWED.keySet().stream().filter(k -> !used.contains(k)).toList();
		assertEquals(List.of(), stale, "allowed differences that no longer occur");
		for (List<Pattern> renamed : RENAMED) {
			assertEquals(captured(renamed.get(0), differences), captured(renamed.get(1), differences), "the same " +
				"places and values under the published name (" + renamed.get(0) + ") and ours (" + renamed.get(1) +
				")");
		}
	}

	/** What the pattern captures in each difference it matches, its groups joined. */
	private static Set<String> captured(Pattern p, List<String> differences) {
		Set<String> out = new TreeSet<>();
		for (String d : differences) {
			Matcher m = p.matcher(d);
			if (!m.matches()) continue;
			List<String> groups = new ArrayList<>();
			for (int g = 1; g <= m.groupCount(); g++) groups.add(m.group(g));
			out.add(String.join(" | ", groups));
		}
		assertFalse(out.isEmpty(), p + " matches no difference");
		return out;
	}

	/**
	 * The recipe's file-level columns, each where the recipe's depositor would take it from: harvested where the
	 * image says (pixel sizes, z step, channels, the objective with its magnification), from the path pattern (donor,
	 * microscope type, time, infection, genetic alteration, treatment) or from a side table (donor age, stained
	 * antibody); in the documented order, Files, harvested, Image acquisition, pattern, side table.
	 */
	private static void fileListsHaveTheRecipesColumns(List<Path> lists) throws IOException {
		Map<String, List<Map<String, String>>> byList = new LinkedHashMap<>();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (Path p : lists) {
			String file = p.getFileName().toString();
			if (!file.endsWith(".tsv")) continue;
			List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
			List<String> header = List.of(lines.get(0).split("\t", -1));
			List<Map<String, String>> rows = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = line.split("\t", -1);
				Map<String, String> row = new LinkedHashMap<>();
				for (int c = 0; c < header.size(); c++) row.put(header.get(c), c < cells.length ? cells[c] : "");
				rows.add(row);
			}
			// File-lists are named after the component's key in deposit.yaml (issue 9, §4)
			String component = file.substring(0, file.length() - ".tsv".length());
			byList.put(component, rows);
			headers.put(component, header);
		}
		assertEquals(Set.of("native", "tem", "knock-out"), byList.keySet());

		List<String> harvested = List.of("Pixel size X (µm)", "Pixel size Y (µm)", "Z step (µm)", "Channel names",
			"Objective");
		assertInOrder(headers.get("native"), harvested, List.of("Image acquisition"), List.of("Microscope type",
			"Donor ID", "Days post infection", "Infection"), List.of("Donor age", "Genetic alteration",
				"Stained antibody"));
		assertInOrder(headers.get("knock-out"), harvested, List.of("Image acquisition"), List.of("Microscope type",
			"Donor ID", "Genetic alteration", "Treatment"), List.of("Donor age", "Stained antibody"));
		// every TEM image has the same pixel size: a column only because the component asks for it
		assertEquals(List.of("Files", "Pixel size X (µm)", "Pixel size Y (µm)", "Donor ID", "Days post infection",
			"Infection", "Donor age"), headers.get("tem"));

		Map<String, String> confocal = row(byList.get("native"), "native/confocal/donor-BE31/day-4/infected/" +
			"BE31-d4-syncytia.ome.tif");
		assertEquals("Confocal, native epithelia", confocal.get("Image acquisition"));
		assertTrue(confocal.get("Objective").contains("63x"), confocal.get("Objective"));
		assertEquals("0.0901", confocal.get("Pixel size X (µm)"));
		assertEquals("DAPI; ZO-1", confocal.get("Channel names"));
		assertEquals("BE31", confocal.get("Donor ID"));
		assertEquals("54 years", confocal.get("Donor age"));
		// the real ImageJ TIFF of the corpus: its calibration, 1/19.420064 µm
		Map<String, String> widefield = row(byList.get("native"), "native/widefield/donor-BE12/day-2/infected/" +
			"BE12-d2-N-Cytk5.tif");
		assertEquals("Widefield, native epithelia", widefield.get("Image acquisition"));
		assertEquals("0.0514931", widefield.get("Pixel size X (µm)"));
		assertEquals("anti-N; anti-Cytk5", widefield.get("Stained antibody"));
		Map<String, String> knockOut = row(byList.get("knock-out"), "knock-out/widefield/donor-BE40/IFNLR1-KO/" +
			"untreated/BE40-KO-untreated.tif");
		assertEquals("IFNLR1-KO", knockOut.get("Genetic alteration"));
		assertEquals("widefield", knockOut.get("Microscope type"));
		assertEquals("0.0016", row(byList.get("tem"), "tem/donor-BE12/day-4/infected/BE12-d4-tem-02.tif").get(
			"Pixel size X (µm)"));
	}

	/** Files first, then each group's columns, each group after the one before. */
	@SafeVarargs
	private static void assertInOrder(List<String> header, List<String>... groups) {
		assertEquals("Files", header.get(0), header.toString());
		int last = 0;
		for (List<String> group : groups) {
			for (String column : group) {
				assertTrue(header.indexOf(column) > last, column + " is there, after the columns of the group " +
					"before it, in " + header);
			}
			last = group.stream().mapToInt(header::indexOf).max().orElse(last);
		}
	}

	private static Map<String, String> row(List<Map<String, String>> rows, String path) {
		return rows.stream().filter(r -> r.get("Files").equals(path)).findFirst().orElseThrow(() ->
			new AssertionError(path + " is not listed"));
	}

	/** Lines only in one of the two descriptions: "- " the published study's, "+ " ours. */
	static List<String> differences(List<String> published, List<String> ours) {
		List<String> out = new ArrayList<>();
		published.stream().filter(l -> !ours.contains(l)).forEach(l -> out.add("- " + l));
		ours.stream().filter(l -> !published.contains(l)).forEach(l -> out.add("+ " + l));
		return out;
	}

	/**
	 * A submission as sorted lines, one per attribute, each saying where it is: the study, an author or organisation
	 * by name, a publication by title, a grant by agency, a study component by name, and each module a component
	 * uses (nested in it, or named by its association rows) by its type and, for acquisitions, imaging method. Names
	 * are compared ignoring case (v4 wrote "Sample Preparation Protocol", v5 writes "Sample preparation protocol").
	 */
	static List<String> describe(Submission s) {
		Set<String> out = new TreeSet<>();
		out.add("accno = " + s.accno());
		Section study = s.section();
		for (Attribute a : s.attributes()) out.add("study: " + attr(a));
		for (Attribute a : study.attributes()) out.add("study: " + attr(a));
		Map<String, String> organisations = new LinkedHashMap<>();
		for (Section o : s.sections()) {
			if (o.isType("organization") || o.isType("organisation")) organisations.put(o.accno(), o.attribute("Name"));
		}
		for (Section sec : Entry.flatten(study.subsections())) {
			String type = sec.type().toLowerCase(Locale.ROOT);
			String where = switch (type) {
				case "author" -> "author " + sec.attribute("Name");
				case "organization", "organisation" -> "organisation " + sec.attribute("Name");
				case "publication" -> "publication " + sec.attribute("Title");
				case "funding" -> "funding " + sec.attribute("Agency");
				case "study component" -> "component " + sec.attribute("Name");
				default -> null;
			};
			if (where == null) continue;
			for (Attribute a : sec.attributes()) {
				out.add(where + ": " + (a.reference() ? name(a) + " = " + organisations.get(a.value()) : attr(a)));
			}
			if (type.equals("study component")) component(s, sec, where, out);
		}
		return new ArrayList<>(out);
	}

	/** The modules a component uses, nested in it (the older layout) or named by its association rows (v5). */
	private static void component(Submission s, Section component, String where, Set<String> out) {
		List<Section> rows = component.subsections("Associations");
		if (rows.isEmpty()) {
			List<Section> nested = Entry.flatten(component.subsections());
			List<String> shared = new ArrayList<>();
			for (Section m : nested) {
				if (!m.isType("Image Acquisition")) shared.add(m.type().toLowerCase(Locale.ROOT));
				module(m, where, out);
			}
			for (Section m : nested) {
				if (m.isType("Image Acquisition")) out.add(where + " / row: " + row(shared, m));
			}
			return;
		}
		for (Section r : rows) {
			List<String> shared = new ArrayList<>();
			Section acquisition = null;
			for (Attribute link : r.attributes()) {
				Section m = titled(s, link.name(), link.value());
				if (m == null) {
					out.add(where + " / row: " + link.name() + " \"" + link.value() + "\" names no section");
					continue;
				}
				module(m, where, out);
				if (m.isType("Image acquisition")) acquisition = m;
				else shared.add(m.type().toLowerCase(Locale.ROOT));
			}
			out.add(where + " / row: " + row(shared, acquisition));
		}
	}

	private static String row(List<String> shared, Section acquisition) {
		List<String> parts = new ArrayList<>(new TreeSet<>(shared));
		parts.add("image acquisition " + (acquisition == null ? "none" : Ontology.imagingMethods(acquisition)));
		return String.join(", ", parts);
	}

	private static Section titled(Submission s, String type, String title) {
		for (Section m : s.sections(type)) {
			if (title != null && title.equals(m.attribute("Title"))) return m;
		}
		return null;
	}

	private static void module(Section m, String component, Set<String> out) {
		String type = m.type().toLowerCase(Locale.ROOT);
		String where = component + " / " + type + (m.isType("Image acquisition") ? " " + Ontology.imagingMethods(m) :
			"");
		for (Attribute a : m.attributes()) {
			if (a.named("Organism") || a.named("Imaging method")) continue;
			out.add(where + ": " + attr(a));
		}
		if (m.isType("Biosample")) out.add(where + ": organism = " + Ontology.organisms(m));
		if (m.isType("Image acquisition")) out.add(where + ": imaging method = " + Ontology.imagingMethods(m));
	}

	private static String name(Attribute a) {
		return a.name().strip().toLowerCase(Locale.ROOT);
	}

	private static String attr(Attribute a) {
		StringBuilder text = new StringBuilder(name(a) + " = " + (a.value() == null ? "" : a.value().strip()));
		for (Qualifier q : a.valueQualifiers()) text.append(" [").append(q.name()).append(": ").append(q.value())
			.append("]");
		return text.toString();
	}

	/**
	 * The dataset, in folders as the recipe arranges it: one folder per study component, then the microscope, the
	 * donor and the condition. Real images of the test corpus are hard-linked in (copied when the corpus is on
	 * another file system); the kinds it has none of, a confocal image that says its objective and a TEM image, are
	 * written by our example generator. Side tables give what no image or path says.
	 */
	private static Path arrange(Path root) throws IOException {
		String hela = "BioImageAnalysisNotebooks/data/hela-cells.tif";
		String ixm = "BioImageAnalysisNotebooks/data/BBBC022/IXMtest_A02_s9.tif";
		link(hela, root.resolve("native/widefield/donor-BE12/day-2/infected/BE12-d2-N-Cytk5.tif"));
		link(ixm, root.resolve("native/widefield/donor-BE31/day-4/infected/BE31-d4-N-tubulin.tif"));
		ExampleDataset.writeImageJTiff(root.resolve("native/widefield/donor-BE12/day-0/mock/BE12-d0-N-Cytk5.tif"), 48,
			40, 0.325);
		ExampleDataset.writeOmeTiff(root.resolve("native/confocal/donor-BE12/day-2/infected/BE12-d2-syncytia.ome.tif"));
		ExampleDataset.writeOmeTiff(root.resolve("native/confocal/donor-BE31/day-4/infected/BE31-d4-syncytia.ome.tif"));
		ExampleDataset.writeImageJTiff(root.resolve("tem/donor-BE12/day-2/infected/BE12-d2-tem-01.tif"), 64, 64,
			0.0016);
		ExampleDataset.writeImageJTiff(root.resolve("tem/donor-BE12/day-4/infected/BE12-d4-tem-02.tif"), 64, 64,
			0.0016);
		link(hela, root.resolve("knock-out/widefield/donor-BE40/IFNLR1-KO/untreated/BE40-KO-untreated.tif"));
		ExampleDataset.writeImageJTiff(root.resolve("knock-out/widefield/donor-BE40/wild-type/IFN-50ng/BE40-WT-IFN50" +
			".tif"), 48, 40, 0.325);
		ExampleDataset.writeOmeTiff(root.resolve("knock-out/confocal/donor-BE40/IFNLR1-KO/IFN-5ng/BE40-KO-IFN5" +
			".ome.tif"));
		Files.createDirectories(root.resolve("tables"));
		Files.writeString(root.resolve("tables/native.tsv"), String.join("\n", "Files\tDonor age\tGenetic " +
			"alteration\tStained antibody",
			"native/widefield/donor-BE12/day-2/infected/BE12-d2-N-Cytk5.tif\t8 years\tnone\tanti-N; anti-Cytk5",
			"native/widefield/donor-BE31/day-4/infected/BE31-d4-N-tubulin.tif\t54 years\tnone\tanti-N; " +
				"anti-acetylated tubulin",
			"native/widefield/donor-BE12/day-0/mock/BE12-d0-N-Cytk5.tif\t8 years\tnone\tanti-N; anti-Cytk5",
			"native/confocal/donor-BE12/day-2/infected/BE12-d2-syncytia.ome.tif\t8 years\tnone\tanti-N",
			"native/confocal/donor-BE31/day-4/infected/BE31-d4-syncytia.ome.tif\t54 years\tnone\tanti-N", ""));
		Files.writeString(root.resolve("tables/tem.tsv"), String.join("\n", "Files\tDonor age",
			"tem/donor-BE12/day-2/infected/BE12-d2-tem-01.tif\t8 years",
			"tem/donor-BE12/day-4/infected/BE12-d4-tem-02.tif\t8 years", ""));
		Files.writeString(root.resolve("tables/knock-out.tsv"), String.join("\n", "Files\tDonor age\tStained " +
			"antibody",
			"knock-out/widefield/donor-BE40/IFNLR1-KO/untreated/BE40-KO-untreated.tif\t61 years\tanti-N",
			"knock-out/widefield/donor-BE40/wild-type/IFN-50ng/BE40-WT-IFN50.tif\t61 years\tanti-N",
			"knock-out/confocal/donor-BE40/IFNLR1-KO/IFN-5ng/BE40-KO-IFN5.ome.tif\t61 years\tanti-N", ""));
		return root;
	}

	/** A hard link to a real file of the corpus, or a copy where no hard link can be made. */
	private static void link(String corpusFile, Path at) throws IOException {
		Files.createDirectories(at.getParent());
		try {
			Files.createLink(at, TestData.file(corpusFile));
		}
		catch (IOException | UnsupportedOperationException e) {
			Files.copy(TestData.file(corpusFile), at);
		}
	}
}
