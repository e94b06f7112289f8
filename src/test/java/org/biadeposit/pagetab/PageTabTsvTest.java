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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.biadeposit.DepositionWorkflow;
import org.biadeposit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TSV PageTab, as BioStudies serves it and as depositors write it, read into the model the JSON reader makes: a study
 * written by hand after the specification's example, every published study of the corpus written as TSV (by
 * {@link PageTabTsvWriter}, BioStudies' layout) and imported, and malformed text reported by line.
 */
class PageTabTsvTest {

	@TempDir
	Path tmp;

	private static Path resource(String name) throws URISyntaxException {
		return Path.of(PageTabTsvTest.class.getResource("PageTabTsvTest/" + name).toURI());
	}

	@Test
	void aStudyWrittenByHandReadsAsTheSpecificationSays() throws Exception {
		Submission s = PageTabFile.read(resource("study.tsv"));
		assertEquals("S-BIADTEST1", s.accno());
		assertEquals(List.of(Attribute.of("Title", "Confocal images of zebrafish embryos"), Attribute.of(
			"ReleaseDate", "2026-01-15")), s.attributes());

		Section study = s.section();
		assertEquals("s-1", study.accno());
		assertEquals("Study", study.type());
		assertEquals("Embryos imaged\tevery hour\nover two days, as in \"Methods\"", study.attribute("Description"),
			"a quoted value keeps its tab, line break and quotes");
		assertEquals("\"the fish facility\"", study.attribute("Acknowledgements"), "a quoted plain value is kept " +
			"as written, as BioStudies reads it");
		assertEquals(List.of(new Qualifier("URL", "https://creativecommons.org/licenses/by/4.0/")), study.attributes()
			.stream().filter(a -> a.named("License")).findFirst().orElseThrow().valueQualifiers());
		assertEquals(List.of("zebrafish", "development"), study.attributes("Keywords"));

		assertEquals(List.of(new Entry.One<>(FileRef.of("overview.png", List.of(Attribute.of("Description",
			"An overview of the plate")))), new Entry.Table<>(List.of(FileRef.of("plates/plate1.csv", List.of(Attribute
				.of("Description", "Plate 1 layout"), Attribute.of("Type", "Layout"))), FileRef.of("plates/plate2.csv",
					List.of(Attribute.of("Description", null), Attribute.of("Type", "Layout")))))), study.files());
		assertEquals(List.of(new Entry.One<>(new Link("https://example.org/protocol", List.of(Attribute.of(
			"Description", "the protocol")))), new Entry.Table<>(List.of(new Link("https://example.org/a", List.of(
				Attribute.of("Description", "first"))), new Link("https://example.org/b", List.of(Attribute.of(
					"Description", "second")))))), study.links());

		Section author = s.find("a-1");
		assertEquals(Attribute.reference("affiliation", "o1"), author.attributes().get(1));
		assertEquals("University of Example", s.find("o1").attribute("Name"));
		Attribute organism = s.find("Biosample-1").attributes().get(1);
		assertEquals(List.of(new Qualifier("Kind", "species")), organism.nameQualifiers());
		assertEquals(List.of(new Qualifier("Ontology", "NCBITaxon"), new Qualifier("TermId", "NCBITaxon_7955")),
			organism.valueQualifiers());

		Entry<Section> funding = study.subsections().get(3);
		Entry.Table<Section> table = assertInstanceOf(Entry.Table.class, funding);
		assertEquals(List.of(new Section("f-1", "Funding", List.of(Attribute.of("Agency", "Wellcome"), Attribute.of(
			"grant_id", "WT-1")), null, null, null), new Section("f-2", "Funding", List.of(Attribute.of("Agency", "ERC"),
				Attribute.of("grant_id", "ERC-2")), null, null, null)), table.rows());

		Section component = s.find("sc-1");
		assertEquals(study.subsections("Study Component"), List.of(component));
		Section row = component.subsections("Associations").get(0);
		assertNull(row.accno());
		assertEquals("Wild-type embryos", row.attribute("Biosample"));
		assertEquals(List.of("sc-1/readme.txt"), Entry.flatten(row.files()).stream().map(FileRef::path).toList(),
			"a File block belongs to the section above it");
	}

	/** For each published study: written as TSV, read back and imported, it says what its JSON says. */
	@ParameterizedTest
	@MethodSource("org.biadeposit.pagetab.PublishedStudyRoundTripTest#studies")
	void everyPublishedStudyAsTsvImportsAsFromJson(String file) throws IOException {
		Submission json = PageTabJson.read(TestData.file(file));
		String text = PageTabTsvWriter.write(json);
		Path tsv = Files.writeString(Files.createDirectories(tmp.resolve("tsv")).resolve(json.accno() + ".tsv"), text,
			StandardCharsets.UTF_8);
		Submission read = PageTabFile.read(tsv);
		assertEquals(plain(json), plain(read), "TSV keeps every section, attribute, qualifier, link and file");

		DepositionWorkflow.Imported fromJson = DepositionWorkflow.importStudy(json, null, tmp.resolve("json"));
		DepositionWorkflow.Imported fromTsv = DepositionWorkflow.importStudy(tsv, tmp.resolve("from-tsv"));
		assertEquals(Files.readString(fromJson.config()), Files.readString(fromTsv.config()));
		assertEquals(fromJson.warnings(), fromTsv.warnings());
	}

	/**
	 * The submission as TSV can hold it: an empty value as none (TSV cannot tell them apart), files without the type and size only BioStudies' JSON gives.
	 */
	private static Submission plain(Submission s) {
		return new Submission(s.accno(), plain(s.attributes()), plain(s.section()), "submission");
	}

	private static Section plain(Section s) {
		List<Entry<FileRef>> files = new ArrayList<>();
		for (Entry<FileRef> e : s.files()) {
			List<FileRef> items = e.items().stream().map(f -> FileRef.of(f.path(), plain(f.attributes()))).toList();
			files.add(e instanceof Entry.One ? new Entry.One<>(items.get(0)) : new Entry.Table<>(items));
		}
		List<Entry<Link>> links = new ArrayList<>();
		for (Entry<Link> e : s.links()) {
			List<Link> items = e.items().stream().map(l -> new Link(l.url(), plain(l.attributes()))).toList();
			links.add(e instanceof Entry.One ? new Entry.One<>(items.get(0)) : new Entry.Table<>(items));
		}
		List<Entry<Section>> subs = new ArrayList<>();
		for (Entry<Section> e : s.subsections()) {
			List<Section> items = e.items().stream().map(PageTabTsvTest::plain).toList();
			subs.add(e instanceof Entry.One ? new Entry.One<>(items.get(0)) : new Entry.Table<>(items));
		}
		return new Section(s.accno(), s.type(), plain(s.attributes()), files, links, subs);
	}

	private static List<Attribute> plain(List<Attribute> attributes) {
		return attributes.stream().map(a -> new Attribute(a.name(), plain(a.value()), a.reference(), a
			.nameQualifiers().stream().map(q -> new Qualifier(q.name(), plain(q.value()))).toList(), a.valueQualifiers()
				.stream().map(q -> new Qualifier(q.name(), plain(q.value()))).toList())).toList();
	}

	private static String plain(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	static Stream<Arguments> malformed() {
		return Stream.of(Arguments.of("", 0, "the file is empty"), //
			Arguments.of("Study\ts-1\nTitle\tx\n", 1, "starts with a line 'Submission<TAB>accession'"), //
			Arguments.of("Submission\tS-1\nTitle\tx\n", 2, "no study section"), //
			Arguments.of("Submission\tS-1\n\nStudy\n\tx\n", 4, "the attribute name (first cell) is empty"), //
			Arguments.of("Submission\tS-1\n\nStudy\n[Ontology]\tFBbi\n", 4, "has no attribute before it"), //
			Arguments.of("Submission\tS-1\n\nStudy\nTitle\ta\tb\n", 4, "cell 3 ('b') would be lost"), //
			Arguments.of("Submission\tS-1\n\nStudy\n\nFile\n", 5, "names the file's path"), //
			Arguments.of("Submission\tS-1\n\nStudy\n\nLink\n", 5, "names the link's url"), //
			Arguments.of("Submission\tS-1\n\nStudy\n\nFiles\tDescription\n", 5, "has no rows"), //
			Arguments.of("Submission\tS-1\n\nStudy\n\nFiles\t\tDescription\na.tif\t\tx\n", 5, "column 2"), //
			Arguments.of("Submission\tS-1\n\nStudy\n\nLinks\tDescription\nhttps://a\tx\ty\n", 6, "2 values under 1"), //
			Arguments.of("Submission\tS-1\n\nStudy\n\nFiles\tDescription\n\tx\n", 6, "it is empty"), //
			Arguments.of("Submission\tS-1\n\nStudy\n\nAuthor\ta-1\tnowhere\n", 5, "no section with accNo 'nowhere'"), //
			Arguments.of("Submission\tS-1\n\nStudy\n\nFunding[f]\tAgency\nx\ty\n", 5, "no section with accNo 'f'"), //
			Arguments.of("{\"accno\": 1", 1, "not valid JSON"));
	}

	/** Each malformed text is refused with the line at fault, as a message, never another exception. */
	@ParameterizedTest
	@MethodSource("malformed")
	void aMalformedTsvIsReportedByLine(String text, long line, String says) throws IOException {
		Path file = Files.writeString(tmp.resolve("S-1.tsv"), text, StandardCharsets.UTF_8);
		PageTabSyntaxException e = assertThrows(PageTabSyntaxException.class, () -> PageTabFile.read(file));
		assertEquals(line, e.line(), e.getMessage());
		assertTrue(e.getMessage().startsWith("S-1.tsv" + (line > 0 ? " line " + line : "") + ": "), e.getMessage());
		assertTrue(e.problem().contains(says), e.getMessage());
	}

	/** Every problem is reported at once, each after the first with its own line. */
	@Test
	void everyProblemIsReportedWithItsLine() {
		String text = "Submission\tS-1\n\nStudy\n\nFile\n\nAuthor\ta-1\tnone\n\nLinks\tDescription\n\tfirst\n";
		PageTabSyntaxException e = assertThrows(PageTabSyntaxException.class, () -> PageTabTsv.read(new StringReader(
			text), "S-1.tsv"));
		assertEquals(5, e.line());
		assertTrue(e.problem().contains("line 7: no section with accNo 'none'"), e.getMessage());
		assertTrue(e.problem().contains("line 10: the first cell of a 'Links' row is the link's url"), e.getMessage());
	}

	/** CRLF line ends, a byte-order mark and comment lines are read as BioStudies reads them. */
	@Test
	void windowsLineEndsAByteOrderMarkAndCommentsAreRead() throws IOException {
		Path file = Files.writeString(tmp.resolve("S-1.tsv"), "\uFEFFSubmission\tS-1\r\n# a comment\r\nTitle\tA " +
			"study\r\n\r\nStudy\r\nDescription\t\"two\r\nlines\"\r\n", StandardCharsets.UTF_8);
		Submission s = PageTabFile.read(file);
		assertEquals("A study", s.attribute("Title"));
		assertEquals("two\nlines", s.section().attribute("Description"));
		assertNull(s.section().accno());
	}
}
