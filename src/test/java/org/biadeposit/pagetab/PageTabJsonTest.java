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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.biadeposit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PageTab JSON: real published BIA studies read and written back, and what reading refuses. */
class PageTabJsonTest {

	static final String OVERRIDES = "bia-integrator/bia-ingest/submission_overrides/biostudies/";
	static final String S_BIAD677 = OVERRIDES + "S-BIAD677/S-BIAD677_original.json";
	static final String S_BIAD599 = OVERRIDES + "S-BIAD599/S-BIAD599_original.json";
	static final String S_BIAD1043 = OVERRIDES + "S-BIAD1043/S-BIAD1043_original.json";
	static final String S_BIAD15 = OVERRIDES + "S-BIAD15/S-BIAD15_original.json";
	static final String S_BIAD1492_FOLDER =
		"bia-integrator/bia-ingest/test/data/example_bia_agent_study/input/S-BIAD1492/";
	static final String S_BIAD1492 = S_BIAD1492_FOLDER + "S-BIAD1492.json";

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path tmp;

	/** Bytes Jackson takes for UTF-32 or UCS-4 threw CharConversionException, not our own exception. */
	@org.junit.jupiter.api.Test
	void bytesThatLookLikeUtf32AreAClearError() throws Exception {
		for (byte[] bytes : new byte[][] { { 0x5b, 0, 0, 0, 0, 0, 0, 0, 0, 0x5b, 0x20, 0x0a }, { 0, 8, 0, 0, 8 },
			{ (byte) 0xff, (byte) 0xfe, 0, 0, 0x7b } })
		{
			java.nio.file.Path file = tmp.resolve("submission.json");
			java.nio.file.Files.write(file, bytes);
			PageTabSyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(PageTabSyntaxException.class,
				() -> PageTabJson.read(file));
			org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("submission.json"), e.getMessage());
		}
	}

	private static Submission read(String testFile) throws IOException {
		return PageTabJson.read(TestData.file(testFile));
	}

	private static Submission read(String json, String source) throws IOException {
		return PageTabJson.read(new StringReader(json), source);
	}

	/**
	 * Read and written back, each real study gives the same JSON tree, with no normalisation at all (the real files
	 * have no {@code isReference}, no {@code "reference": false}, no empty arrays and no unknown fields), and the
	 * same field order (compared through the compact form, which keeps order).
	 */
	@ParameterizedTest
	@ValueSource(strings = { S_BIAD677, S_BIAD599, S_BIAD1043, S_BIAD15, S_BIAD1492 })
	void realStudyRoundTripsToTheSameJson(String testFile) throws IOException {
		JsonNode original = JSON.readTree(TestData.file(testFile).toFile());
		String written = PageTabJson.write(read(testFile));
		JsonNode back = JSON.readTree(written);
		assertEquals(original, back);
		assertEquals(JSON.writeValueAsString(original), JSON.writeValueAsString(back), "same field order");
	}

	/** Studies BioStudies wrote itself (Jackson's default layout) come back as the same text. */
	@ParameterizedTest
	@ValueSource(strings = { S_BIAD677, S_BIAD599 })
	void studyWrittenByBioStudiesRoundTripsToTheSameText(String testFile) throws IOException {
		String original = Files.readString(TestData.file(testFile), StandardCharsets.UTF_8);
		String written = PageTabJson.write(read(testFile));
		assertTrue(written.endsWith("}\n"), "one final newline");
		assertEquals(original, written.substring(0, written.length() - 1));
	}

	@Test
	void writtenFileReadsBackAsTheSameModel() throws IOException {
		for (String f : List.of(S_BIAD677, S_BIAD599, S_BIAD1043, S_BIAD15, S_BIAD1492)) {
			Submission s = read(f);
			Path out = tmp.resolve("out.json");
			PageTabJson.write(s, out);
			assertEquals(s, PageTabJson.read(out), f);
		}
	}

	@Test
	void sBiad677TitleComponentsAndFileLists() throws IOException {
		Submission s = read(S_BIAD677);
		assertEquals("S-BIAD677", s.accno());
		assertEquals("submission", s.type());
		assertEquals("Bronchial epithelia from adults and children: SARS-CoV-2 spread via syncytia formation and "
			+ "type III interferon infectivity restriction", s.attribute("title"), "names ignore case");
		assertEquals("2023-05-02", s.attribute("ReleaseDate"));
		assertEquals("BioImages", s.attribute("AttachTo"));
		assertNull(s.attribute("Template"));
		assertEquals("Study", s.section().type());
		assertEquals(List.of("SARS-CoV-2", "bronchial epithelia", "infection", "syncytia", "children",
			"interferon"), s.section().attributes("keyword"));
		assertEquals("CC0", s.section().attribute("License"));

		List<Section> components = s.section().subsections("study component");
		assertEquals(List.of("Study Component-1", "Study Component-2", "Study Component-3"), components.stream()
			.map(Section::accno).toList());
		assertEquals(List.of("file_list_sc1.json", "file_list_sc2.json", "file_list_sc3.json"), components.stream()
			.map(c -> c.attribute("File List")).toList());
		Section first = components.get(0);
		assertEquals(List.of("Biosample", "Specimen", "Image Acquisition", "Image Acquisition", "Image Analysis"),
			Entry.flatten(first.subsections()).stream().map(Section::type).toList(),
			"bia-agent nests the REMBI modules inside each component");
		assertEquals("NCBI:txid9606", first.subsections("Biosample").get(0).subsections("Organism").get(0)
			.attribute("NCBI taxon ID"));
	}

	@Test
	void sBiad677SectionCounts() throws IOException {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Section s : read(S_BIAD677).sections()) counts.merge(s.type(), 1, Integer::sum);
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("Study", 1);
		expected.put("author", 6);
		expected.put("organization", 2);
		expected.put("Publication", 1);
		expected.put("Funding", 5);
		expected.put("Study Component", 3);
		expected.put("Biosample", 3);
		expected.put("Organism", 3);
		expected.put("Specimen", 3);
		expected.put("Image Acquisition", 5);
		expected.put("Imaging Method", 5);
		expected.put("Image Analysis", 2);
		assertEquals(expected, counts);
		assertEquals(5, read(S_BIAD677).sections("image acquisition").size(), "types ignore case");
	}

	/** Every author's affiliation is a reference to an organisation section of the same study. */
	@ParameterizedTest
	@ValueSource(strings = { S_BIAD677, S_BIAD599, S_BIAD1043, S_BIAD1492 })
	void authorAffiliationsResolveToOrganisations(String testFile) throws IOException {
		Submission s = read(testFile);
		List<Section> authors = s.sections("author");
		assertFalse(authors.isEmpty());
		for (Section author : authors) {
			List<Attribute> affiliations = author.attributes().stream().filter(a -> a.named("affiliation")).toList();
			assertFalse(affiliations.isEmpty(), author.attribute("Name"));
			for (Attribute a : affiliations) {
				assertTrue(a.reference(), author.attribute("Name") + " affiliation is a reference");
				Section org = s.find(a.value());
				assertNotNull(org, a.value() + " of " + author.attribute("Name"));
				assertTrue(org.isType("organisation") || org.isType("organization"), org.type());
			}
		}
	}

	/** S-BIAD15 (an early, converted study) has an organisation without accno: its author's "o1" resolves nowhere. */
	@Test
	void sBiad15HasADanglingAffiliation() throws IOException {
		Submission s = read(S_BIAD15);
		Section author = s.sections("author").get(0);
		assertEquals("Author", author.type(), "capitalised here, unlike later studies");
		Attribute affiliation = author.attributes().stream().filter(a -> a.named("affiliation")).findFirst()
			.orElseThrow();
		assertEquals(Attribute.reference("affiliation", "o1"), affiliation);
		assertNull(s.find("o1"));
		assertNull(s.sections("Organization").get(0).accno());
		assertEquals("S-IMDR0067", s.attribute("RootPath"));
		Attribute organism = s.section().attributes().stream().filter(a -> a.named("Organism")).findFirst()
			.orElseThrow();
		assertEquals(List.of(new Qualifier("Ontology", "NCBITaxon"), new Qualifier("TermId", "4932")), organism
			.valueQualifiers());
		assertEquals(List.of(), organism.nameQualifiers());
		assertEquals(List.of("file_list.json", "file_list_other.json"), s.sections().stream().map(x -> x.attribute(
			"File List")).filter(v -> v != null).toList());
	}

	/** S-BIAD1043 is BioImages.v4 (the submission tool's shape): modules at top level, Associations by Title. */
	@Test
	void sBiad1043TemplateAssociationsAndDuplicateAccno() throws IOException {
		Submission s = read(S_BIAD1043);
		assertEquals("BioImages.v4", s.attribute("Template"));
		assertNull(s.attribute("Title"), "its title is on the Study section");
		assertEquals("HiTIPS: High-Throughput Image Processing Software for the Study of Nuclear Architecture and "
			+ "Gene Expression", s.section().attribute("Title"));
		Attribute license = s.section().attributes().stream().filter(a -> a.named("License")).findFirst()
			.orElseThrow();
		assertEquals("URL", license.valueQualifiers().get(0).name());
		assertEquals(1, s.sections("organisation").size(), "spelled with s here");
		assertEquals(6, s.sections("Associations").size());
		for (Section association : s.sections("Associations")) {
			String biosample = association.attribute("Biosample");
			assertTrue(s.sections("Biosample").stream().anyMatch(b -> biosample.equals(b.attribute("Title"))),
				biosample);
		}
		assertEquals(2, s.sections().stream().filter(x -> "Biosample-13".equals(x.accno())).count(),
			"two Biosample sections share one accno");
		assertTrue(s.section().attribute("Description").contains("\n"), "values with line breaks");
	}

	/** S-BIAD599 has attributes with a name and no value, and a link. */
	@Test
	void sBiad599ValuelessAttributesAndLink() throws IOException {
		Submission s = read(S_BIAD599);
		Section author = s.sections("author").stream().filter(a -> "Mie Wong".equals(a.attribute("Name")))
			.findFirst().orElseThrow();
		assertNull(author.attribute("Email"));
		assertTrue(author.attributes().stream().anyMatch(a -> a.named("Email") && a.value() == null));
		assertEquals(List.of(), author.attributes("ORCID"), "valueless attributes are not values");
		List<Link> links = Entry.flatten(s.section().links());
		assertEquals(1, links.size());
		assertEquals("https://idr.openmicroscopy.org/webclient/?show=project-1105", links.get(0).url());
		assertEquals("Image Data Resource", links.get(0).attribute("type"));
		assertEquals("idr0079", s.attribute("RootPath"));
	}

	/** S-BIAD1492's two File List attributes name the real file lists beside it, which resolve into each other. */
	@Test
	void sBiad1492FileListsAreBesideIt() throws IOException {
		Submission s = read(S_BIAD1492);
		assertEquals("10.1101/2023.12.07.570699", s.attribute("DOI"));
		assertEquals(3, Entry.flatten(s.section().links()).size());
		Section component = s.sections("Study Component").get(0);
		Section annotations = s.sections("Annotations").get(0);
		assertEquals("bbc024_images.json", component.attribute("File List"));
		assertEquals("bbc024_masks.json", annotations.attribute("File List"));
		Path folder = TestData.file(S_BIAD1492_FOLDER);
		PageTabFileList images = PageTabFileList.read(folder.resolve(component.attribute("File List")));
		PageTabFileList masks = PageTabFileList.read(folder.resolve(annotations.attribute("File List")));
		assertEquals(7, images.files().size());
		assertEquals(6, masks.files().size());
		List<String> imagePaths = images.files().stream().map(FileRef::path).toList();
		for (FileRef mask : masks.files()) {
			assertTrue(imagePaths.contains(mask.attribute("source image")), mask.path());
		}
	}

	@Test
	void tablesStayTables() throws IOException {
		String json = """
			{"accno": "", "attributes": [{"name": "ReleaseDate", "value": "2027-01-31"}],
			 "section": {"type": "Study",
			  "files": [{"path": "a.tif"}, [{"path": "b.tif", "attributes": [{"name": "Channel", "value": "GFP"}]},
			                               {"path": "c", "type": "directory"}]],
			  "links": [[{"url": "https://example.org/1"}], {"url": "https://example.org/2"}],
			  "subsections": [[{"type": "Funding", "attributes": [{"name": "Agency", "value": "X"}]},
			                   {"type": "Funding", "attributes": [{"name": "Agency", "value": "Y"}]}],
			                  {"type": "author", "attributes": [{"name": "Name", "value": "A"}]}]}}""";
		Submission s = read(json, "tables.json");
		Section root = s.section();
		assertInstanceOf(Entry.One.class, root.files().get(0));
		assertInstanceOf(Entry.Table.class, root.files().get(1));
		assertEquals("directory", root.files().get(1).items().get(1).type());
		assertInstanceOf(Entry.Table.class, root.links().get(0));
		assertInstanceOf(Entry.One.class, root.links().get(1));
		assertEquals(List.of("X", "Y"), root.subsections("Funding").stream().map(f -> f.attribute("Agency"))
			.toList());
		assertEquals(2, root.subsections().get(0).items().size());
		assertEquals("", s.accno(), "a blank accno (a new study) is kept");
		String written = PageTabJson.write(s);
		assertEquals(JSON.readTree(json), JSON.readTree(written));
		assertEquals(s, read(written, "written.json"));
		assertTrue(JSON.writeValueAsString(JSON.readTree(written)).startsWith("{\"accno\":\"\",\"attributes\":[{"
			+ "\"name\":\"ReleaseDate\",\"value\":\"2027-01-31\"}],\"section\":{\"type\":\"Study\",\"files\":[{\"path\":"
			+ "\"a.tif\"},[{\"path\":\"b.tif\",\"attributes\":[{\"name\":\"Channel\",\"value\":\"GFP\"}]},{\"path\":\"c\","
			+ "\"type\":\"directory\"}]],\"links\":[[{\"url\""), "BioStudies' field order: files before links");
	}

	/**
	 * The normalisations reading and writing make, each on purpose: {@code isReference} becomes {@code reference};
	 * a false {@code reference}, empty arrays and null fields are left out; unknown fields are dropped (BioStudies
	 * ignores them too).
	 */
	@Test
	void normalisations() throws IOException {
		String json = """
			{"accno": "S-X1", "extra": 1, "attributes": [],
			 "section": {"type": "Study", "files": [], "subsections": [
			   {"type": "author", "attributes": [
			     {"name": "affiliation", "value": "o1", "isReference": true},
			     {"name": "Name", "value": "A", "reference": false, "valqual": [], "nmqual": null},
			     {"name": "Email", "value": null}]},
			   {"type": "organisation", "accno": "o1", "tags": ["x"],
			    "attributes": [{"name": "Name", "value": "O", "isReference": "false"}]}]}}""";
		String expected = """
			{"accno": "S-X1",
			 "section": {"type": "Study", "subsections": [
			   {"type": "author", "attributes": [
			     {"name": "affiliation", "value": "o1", "reference": true},
			     {"name": "Name", "value": "A"},
			     {"name": "Email"}]},
			   {"accno": "o1", "type": "organisation", "attributes": [{"name": "Name", "value": "O"}]}]}}""";
		Submission s = read(json, "normalise.json");
		assertTrue(s.sections("author").get(0).attributes().get(0).reference());
		assertNull(s.type());
		assertEquals(JSON.readTree(expected), JSON.readTree(PageTabJson.write(s)));
	}

	@Test
	void referenceWinsOverIsReference() throws IOException {
		Submission s = read("""
			{"section": {"attributes": [{"name": "a", "value": "o1", "reference": false, "isReference": true}]}}""",
			"both.json");
		assertFalse(s.section().attributes().get(0).reference());
		assertNull(s.section().type());
	}

	@Test
	void writesUtf8AndEscapesControlCharacters() throws IOException {
		Submission s = Submission.of("", List.of(Attribute.of("Title", "Noémie – 2μg\tand\nmore")), Section.of(null,
			"Study", List.of()));
		Path out = tmp.resolve("s.json");
		PageTabJson.write(s, out);
		String text = Files.readString(out, StandardCharsets.UTF_8);
		assertTrue(text.contains("Noémie – 2μg\\tand\\nmore"), text);
		assertEquals(s, PageTabJson.read(out));
	}

	private static PageTabSyntaxException refused(String json) {
		return assertThrows(PageTabSyntaxException.class, () -> read(json, "bad.json"));
	}

	@Test
	void attributeWithoutNameIsRefusedWithItsPlace() {
		PageTabSyntaxException e = refused("""
			{"section": {"type": "Study", "subsections": [{"type": "author"},
			 {"type": "author", "attributes": [{"name": "Name", "value": "A"}, {"value": "B"}]}]}}""");
		assertEquals("bad.json: at /section/subsections/1/attributes/1: an attribute needs a 'name'", e
			.getMessage());
		assertEquals("bad.json", e.source());
	}

	@Test
	void blankAttributeNameIsRefused() {
		assertTrue(refused("""
			{"attributes": [{"name": " ", "value": "x"}], "section": {"type": "Study"}}""").getMessage().endsWith(
				"at /attributes/0: an attribute needs a 'name'"));
	}

	@Test
	void fileWithoutPathIsRefused() {
		assertTrue(refused("""
			{"section": {"type": "Study", "files": [[{"path": "a"}, {"attributes": []}]]}}""").getMessage().endsWith(
				"at /section/files/0/1: a file needs a 'path'"));
	}

	@Test
	void linkWithoutUrlIsRefused() {
		assertTrue(refused("""
			{"section": {"type": "Study", "links": [{"url": ""}]}}""").getMessage().endsWith(
				"at /section/links/0: a link needs a 'url'"));
	}

	@Test
	void emptyTableIsRefused() {
		assertTrue(refused("""
			{"section": {"type": "Study", "subsections": [[]]}}""").getMessage().endsWith(
				"at /section/subsections/0: a table needs at least one row"));
	}

	@Test
	void nonStringValueIsRefused() {
		assertTrue(refused("""
			{"section": {"type": "Study", "attributes": [{"name": "Year", "value": 2022}]}}""").getMessage().endsWith(
				"at /section/attributes/0/value: 'value' must be a string, found the number 2022"));
	}

	@Test
	void attributesThatAreNotAnArrayAreRefused() {
		assertTrue(refused("""
			{"section": {"type": "Study", "attributes": {"name": "Year"}}}""").getMessage().endsWith(
				"at /section/attributes: 'attributes' must be an array, found an object"));
	}

	@Test
	void submissionWithoutSectionIsRefused() {
		assertEquals("bad.json: at the top: the submission has no 'section'", refused("""
			{"accno": "S-X", "attributes": []}""").getMessage());
	}

	@Test
	void submissionThatIsNotAnObjectIsRefused() {
		assertEquals("bad.json: at the top: a submission must be a JSON object, found an array", refused("[]")
			.getMessage());
	}

	@Test
	void brokenJsonNamesTheLine() {
		PageTabSyntaxException e = refused("{\n \"section\": {\n  \"type\": \"Study\",\n }\n}");
		assertEquals(4, e.line());
		assertTrue(e.getMessage().startsWith("bad.json line 4: not valid JSON: "), e.getMessage());
	}

	@Test
	void trailingContentIsRefused() {
		assertTrue(refused("{\"section\": {}} {}").getMessage().contains("not valid JSON"));
	}

	@Test
	void emptyFileIsRefused(@TempDir Path dir) throws IOException {
		Path empty = Files.writeString(dir.resolve("empty.json"), "");
		PageTabSyntaxException e = assertThrows(PageTabSyntaxException.class, () -> PageTabJson.read(empty));
		assertEquals("empty.json: the file is empty; a submission is a JSON object", e.getMessage());
	}
}
