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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.biadeposit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** File lists in JSON and TSV: the real lists of S-BIAD1492, conversions between formats, and reading errors. */
class PageTabFileListTest {

	private static final String IMAGES = PageTabJsonTest.S_BIAD1492_FOLDER + "bbc024_images.json";
	private static final String MASKS = PageTabJsonTest.S_BIAD1492_FOLDER + "bbc024_masks.json";
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path tmp;

	private static PageTabFileList tsv(String text) throws IOException {
		return FileListFormat.TSV.read(new StringReader(text), "file_list.tsv");
	}

	private static String tsv(PageTabFileList list) throws IOException {
		StringWriter out = new StringWriter();
		FileListFormat.TSV.write(list, out);
		return out.toString();
	}

	private static FileRef file(String path, String... nameValues) {
		List<Attribute> attributes = new java.util.ArrayList<>();
		for (int i = 0; i < nameValues.length; i += 2) attributes.add(Attribute.of(nameValues[i], nameValues[i + 1]));
		return FileRef.of(path, attributes);
	}

	@Test
	void realImageListReads() throws IOException {
		PageTabFileList images = PageTabFileList.read(TestData.file(IMAGES));
		assertEquals(7, images.files().size());
		FileRef first = images.files().get(0);
		assertEquals("BBBC024/BBBC024_v1_c75_lowSNR_images_TIFF/image-final_0012.tif", first.path());
		assertEquals("file", first.type());
		assertEquals(50872008L, first.size());
		assertEquals(List.of(Attribute.of("clustering probability", "75%"), Attribute.of("SNR", "low")), first
			.attributes());
		assertEquals(List.of("clustering probability", "SNR"), images.columns());
	}

	/** Read and written back, each real list gives the same JSON tree in the same field order. */
	@ParameterizedTest
	@ValueSource(strings = { IMAGES, MASKS })
	void realJsonListRoundTrips(String testFile) throws IOException {
		JsonNode original = JSON.readTree(TestData.file(testFile).toFile());
		Path out = tmp.resolve("list.json");
		PageTabFileList list = PageTabFileList.read(TestData.file(testFile));
		list.write(out);
		JsonNode back = JSON.readTree(out.toFile());
		assertEquals(original, back);
		assertEquals(JSON.writeValueAsString(original), JSON.writeValueAsString(back), "same field order");
		assertEquals(list, PageTabFileList.read(out));
	}

	/** JSON → TSV → read gives the same rows, less type and size (which BioStudies works out itself). */
	@ParameterizedTest
	@ValueSource(strings = { IMAGES, MASKS })
	void realJsonListThroughTsvGivesTheSameRows(String testFile) throws IOException {
		PageTabFileList json = PageTabFileList.read(TestData.file(testFile));
		Path out = tmp.resolve("file_list.tsv");
		json.write(out);
		PageTabFileList back = PageTabFileList.read(out);
		assertEquals(json.asSubmitted(), back);
		assertEquals(json.files().size(), back.files().size());
		assertFalse(json.equals(back), "the JSON rows carry type and size");
		String text = Files.readString(out, StandardCharsets.UTF_8);
		assertEquals("Files\t" + String.join("\t", json.columns()), text.lines().findFirst().orElseThrow());
		assertEquals(json.files().size() + 1, text.lines().count());
	}

	@Test
	void masksTsvText() throws IOException {
		String text = tsv(PageTabFileList.read(TestData.file(MASKS)));
		assertTrue(text.startsWith("Files\tAnnotation type\tSource image\n"
			+ "BBBC024/BBBC024_v1_c75_lowSNR_images_TIFF/image-labels_0012.tif\tSegmentation masks\t"
			+ "BBBC024/BBBC024_v1_c75_lowSNR_images_TIFF/image-final_0012.tif\n"), text);
		assertTrue(text.endsWith("image-final_0012.tif\n"));
	}

	@Test
	void handWrittenTsvWithBlankLinesAndExtraCells() throws IOException {
		PageTabFileList list = tsv("Files\tChannel\tTimepoint\r\n" + //
			"assayB/emb01_t0.tif\tGFP\t0\r\n" + //
			"\r\n" + //
			"assayB/emb01_t1.tif\tGFP\t1\tstray\tcells\n" + //
			" \t \n" + //
			"assayB/emb02_t0.tif\t\t0\n" + //
			"assayB/notes.txt\n" + //
			"assayB/emb 03.tif\tmCherry\n");
		assertEquals(List.of(file("assayB/emb01_t0.tif", "Channel", "GFP", "Timepoint", "0"), file(
			"assayB/emb01_t1.tif", "Channel", "GFP", "Timepoint", "1"), file("assayB/emb02_t0.tif", "Timepoint", "0"),
			file("assayB/notes.txt"), file("assayB/emb 03.tif", "Channel", "mCherry")), list.files());
	}

	@Test
	void tsvWrittenReadsBackTheSame() throws IOException {
		PageTabFileList list = new PageTabFileList(List.of( //
			FileRef.of("a/1.tif", List.of(Attribute.of("Channel", "GFP"), Attribute.of("Channel", "DAPI"), Attribute
				.of("Donor", "d1"))), //
			file("a/2.tif", "Donor", "d2", "Condition", "treated – 5 μM"), //
			file("a/3.tif"), //
			FileRef.of("a/4.tif", List.of(Attribute.of("Channel", "RFP"), Attribute.of("Channel", "GFP"), Attribute
				.of("Channel", "Cy5")))));
		assertEquals(List.of("Channel", "Channel", "Channel", "Donor", "Condition"), list.columns());
		String text = tsv(list);
		assertEquals("Files\tChannel\tChannel\tChannel\tDonor\tCondition\n" + //
			"a/1.tif\tGFP\tDAPI\t\td1\t\n" + //
			"a/2.tif\t\t\t\td2\ttreated – 5 μM\n" + //
			"a/3.tif\t\t\t\t\t\n" + //
			"a/4.tif\tRFP\tGFP\tCy5\t\t\n", text);
		assertEquals(list, tsv(text));
		Path out = tmp.resolve("list.tsv");
		list.write(out);
		assertEquals(list, PageTabFileList.read(out));
	}

	@Test
	void jsonWrittenReadsBackTheSame() throws IOException {
		PageTabFileList list = new PageTabFileList(
			List.of(new FileRef("a", "directory", null, List.of()), FileRef.of("b.tif", List
			.of(Attribute.of("Note", ""), new Attribute("x", null, true, List.of(), List.of(new Qualifier("q",
				"v")))))));
		StringWriter out = new StringWriter();
		FileListFormat.JSON.write(list, out);
		assertTrue(out.toString().endsWith("]\n"));
		assertEquals(list, FileListFormat.JSON.read(new StringReader(out.toString()), "list.json"));
	}

	/** What TSV cannot hold: a valueless or empty attribute does not come back. */
	@Test
	void tsvDropsAttributesWithoutValue() throws IOException {
		PageTabFileList list = new PageTabFileList(
			List.of(FileRef.of("a.tif", List.of(Attribute.of("Note", ""), Attribute.of(
			"Other", null), Attribute.of("Kept", "k")))));
		assertEquals(List.of(file("a.tif", "Kept", "k")), tsv(tsv(list)).files());
	}

	@Test
	void columnsInFirstSeenOrder() {
		PageTabFileList list = new PageTabFileList(
			List.of(file("1", "B", "x"), file("2", "A", "y", "B", "z"), FileRef.of("3", List
			.of(Attribute.of("A", "1"), Attribute.of("C", "2"), Attribute.of("A", "3")))));
		assertEquals(List.of("B", "A", "A", "C"), list.columns());
	}

	@Test
	void formatByExtension() {
		assertEquals(FileListFormat.JSON, FileListFormat.of(Path.of("x/file_list.json")));
		assertEquals(FileListFormat.TSV, FileListFormat.of(Path.of("file_list.TSV")));
		IllegalArgumentException xlsx = assertThrows(IllegalArgumentException.class, () -> FileListFormat.of(Path.of(
			"file_list.xlsx")));
		assertEquals("file_list.xlsx: a file list must be .json or .tsv (XLSX is not supported here; "
			+ "save the sheet as TSV)", xlsx.getMessage());
		assertThrows(IllegalArgumentException.class, () -> FileListFormat.of(Path.of("file_list")));
	}

	// --- TSV reading errors

	private static PageTabSyntaxException tsvRefused(String text) {
		return assertThrows(PageTabSyntaxException.class, () -> tsv(text));
	}

	@Test
	void firstHeaderCellMustBeFiles() {
		assertEquals("file_list.tsv line 1: the first header cell must be 'Files', found 'File'", tsvRefused(
			"File\tChannel\na.tif\tGFP\n").getMessage());
		assertEquals("file_list.tsv line 1: the first header cell must be 'Files', found 'files'", tsvRefused(
			"files\na.tif\n").getMessage());
	}

	@Test
	void blankHeaderCellIsRefused() {
		PageTabSyntaxException e = tsvRefused("Files\tChannel\t \tDonor\na.tif\tGFP\tx\td1\n");
		assertEquals("file_list.tsv line 1: header cell 3 is blank; every column after 'Files' needs an attribute "
			+ "name", e.getMessage());
		assertEquals(1, e.line());
		assertTrue(tsvRefused("Files\tChannel\t\na.tif\tGFP\n").getMessage().contains("header cell 3 is blank"),
			"a trailing tab makes a blank header cell");
	}

	@Test
	void rowWithoutPathIsRefused() {
		PageTabSyntaxException e = tsvRefused("Files\tChannel\na.tif\tGFP\n\nb.tif\tRFP\n\t\t\nc.tif\n\tGFP\n");
		assertEquals("file_list.tsv line 7: no path in the first cell", e.getMessage());
		assertEquals(7, e.line());
	}

	@Test
	void emptyTsvIsRefused() {
		assertEquals("file_list.tsv: the file is empty; the first line must be the header, its first cell 'Files'",
			tsvRefused("").getMessage());
	}

	@Test
	void tsvWithoutFilesIsRefused() {
		assertEquals("file_list.tsv: lists no files; BioStudies needs at least one", tsvRefused(
			"Files\tChannel\n\n").getMessage());
	}

	@Test
	void byteOrderMarkIsRefused() {
		assertTrue(tsvRefused("\uFEFFFiles\tChannel\na.tif\tGFP\n").getMessage().startsWith(
			"file_list.tsv line 1: the file starts with a byte-order mark"));
	}

	@Test
	void tsvThatIsNotUtf8IsRefused() throws IOException {
		Path latin1 = tmp.resolve("latin1.tsv");
		Files.write(latin1, "Files\tNote\na.tif\tok\nb.tif\tna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
		PageTabSyntaxException e = assertThrows(PageTabSyntaxException.class, () -> PageTabFileList.read(latin1));
		assertEquals("latin1.tsv", e.source());
		assertTrue(e.getMessage().endsWith(": not UTF-8 text"), e.getMessage());
	}

	// --- JSON reading errors

	private static PageTabSyntaxException jsonRefused(String text) {
		return assertThrows(PageTabSyntaxException.class, () -> FileListFormat.JSON.read(new StringReader(text),
			"list.json"));
	}

	@Test
	void jsonListMustBeAnArray() {
		assertEquals("list.json line 1: a file list must be a JSON array of files, found an object", jsonRefused(
			"{\"path\": \"a.tif\"}").getMessage());
	}

	@Test
	void jsonFileWithoutPathNamesItsLine() {
		PageTabSyntaxException e = jsonRefused("[\n {\"path\": \"a.tif\"},\n {\"path\": \"b.tif\"},\n"
			+ " {\"attributes\": [{\"name\": \"Channel\", \"value\": \"GFP\"}]}\n]");
		assertEquals("list.json line 4: at /2: a file needs a 'path'", e.getMessage());
	}

	@Test
	void jsonAttributeWithoutNameIsRefused() {
		assertEquals("list.json line 2: at /0/attributes/0: an attribute needs a 'name'", jsonRefused(
			"[\n{\"path\": \"a.tif\", \"attributes\": [{\"value\": \"GFP\"}]}]").getMessage());
	}

	@Test
	void jsonFileThatIsNotAnObjectIsRefused() {
		assertEquals("list.json line 1: at /1: a file must be a JSON object, found a string", jsonRefused(
			"[{\"path\": \"a\"}, \"b.tif\"]").getMessage());
	}

	@Test
	void emptyJsonListIsRefused() {
		assertEquals("list.json: lists no files; BioStudies needs at least one", jsonRefused("[ ]").getMessage());
		assertEquals("list.json: the file is empty; a file list is a JSON array of files", jsonRefused("")
			.getMessage());
	}

	@Test
	void brokenJsonListNamesTheLine() {
		PageTabSyntaxException e = jsonRefused("[\n{\"path\": \"a\"},\n{\"path\": \"b\",}\n]");
		assertEquals(3, e.line());
		assertTrue(e.getMessage().startsWith("list.json line 3: not valid JSON"), e.getMessage());
		assertTrue(jsonRefused("[{\"path\": \"a\"}] []").getMessage().contains("more JSON after the array"));
	}

	// --- TSV writing refusals

	@Test
	void tsvRefusesTabsAndLineBreaksNamingRowAndColumn() throws IOException {
		PageTabFileList list = new PageTabFileList(
			List.of(file("a.tif", "Note", "fine"), file("b.tif", "Note", "two\tparts"), file(
			"c.tif", "Description", "line\nbreak"), file("d\te.tif")));
		List<String> problems = FileListFormat.TSV.problems(list);
		assertEquals(List.of("file 2 (b.tif), column 'Note': the value contains a tab",
			"file 3 (c.tif), column 'Description': the value contains a line break",
			"file 4 (d\\te.tif): the path contains a tab"), problems);
		Path out = tmp.resolve("refused.tsv");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> list.write(out));
		assertTrue(e.getMessage().contains("file 2 (b.tif), column 'Note': the value contains a tab"), e
			.getMessage());
		assertTrue(e.getMessage().contains("write it as JSON instead"), e.getMessage());
		assertFalse(Files.exists(out), "refused before the file is made");
		assertEquals(List.of(), FileListFormat.JSON.problems(list));
		list.write(tmp.resolve("fine.json"));
		assertEquals(list, PageTabFileList.read(tmp.resolve("fine.json")), "JSON holds them");
	}

	@Test
	void tsvRefusesReferencesAndQualifiers() {
		PageTabFileList list = new PageTabFileList(
			List.of(FileRef.of("a.tif", List.of(Attribute.reference("Sample", "s1"),
			new Attribute("Organism", "Danio rerio", false, List.of(), List.of(new Qualifier("Ontology",
				"NCBITaxon")))))));
		assertEquals(List.of("file 1 (a.tif), column 'Sample': a reference cannot be written in TSV",
			"file 1 (a.tif), column 'Organism': qualifiers cannot be written in TSV"), FileListFormat.TSV.problems(
				list));
	}

	@Test
	void emptyListIsNotWritten() {
		PageTabFileList empty = new PageTabFileList(List.of());
		assertEquals("cannot write this file list as TSV, which has no quoting (write it as JSON instead): lists no "
			+ "files; BioStudies needs at least one", assertThrows(IllegalArgumentException.class, () -> tsv(empty))
				.getMessage());
		StringWriter out = new StringWriter();
		assertEquals("cannot write this file list as JSON: lists no files; BioStudies needs at least one",
			assertThrows(IllegalArgumentException.class, () -> FileListFormat.JSON.write(empty, out)).getMessage());
		assertEquals("", out.toString());
	}
}
