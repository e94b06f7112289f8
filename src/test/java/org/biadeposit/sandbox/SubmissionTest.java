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
package org.biadeposit.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Submitting JSON PageTab to the sandbox: accessions, versions, status, storage and the server's messages. */
class SubmissionTest {

	private static final String FUTURE = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
	private static final byte[] EMB01 = "emb01 pixels".getBytes(StandardCharsets.UTF_8);
	private static final byte[] EMB01_T0 = "emb01 t0 pixels".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path data;

	SandboxServer server;
	TestApi api;

	@BeforeEach
	void start() throws Exception {
		startServer(Duration.ZERO);
	}

	private void startServer(Duration processing) throws Exception {
		server = SandboxServer.start(new SandboxConfig().dataDir(data).processingDelay(processing)
			.user("other@example.org", "other", "Other Depositor"));
		api = new TestApi(server).loginDemo();
	}

	@AfterEach
	void stop() {
		server.stop();
	}

	/** Uploads the files of the spec's worked example: two components, a JSON and a TSV file list. */
	private void uploadExample() throws Exception {
		ok(api.upload("/files/user/assayA", new Multipart().file("emb01.tif", EMB01).file("file_list.json",
			"[{\"path\": \"assayA/emb01.tif\", \"attributes\": [{\"name\": \"Channel\", \"value\": \"GFP\"}]}]"
				.getBytes(StandardCharsets.UTF_8))));
		ok(api.upload("/files/user/assayB", new Multipart().file("emb01_t0.tif", EMB01_T0).file("file_list.tsv",
			"Files\tChannel\tTimepoint\nassayB/emb01_t0.tif\tGFP\t0\n".getBytes(StandardCharsets.UTF_8))));
	}

	private static void ok(HttpResponse<String> r) {
		assertEquals(200, r.statusCode(), r.body());
	}

	/** The spec's worked example (§4), with a release date {@code releaseDate} (null: none). */
	private static ObjectNode example(String accNo, String releaseDate, String listA, String listB) {
		ObjectNode s = TestApi.JSON.createObjectNode();
		s.put("accno", accNo);
		ArrayNode attributes = s.putArray("attributes");
		attributes.addObject().put("name", "Title").put("value", "Live imaging of X in zebrafish embryos");
		if (releaseDate != null) attributes.addObject().put("name", "ReleaseDate").put("value", releaseDate);
		attributes.addObject().put("name", "AttachTo").put("value", "BioImages");
		ObjectNode study = s.putObject("section");
		study.put("type", "Study");
		study.putArray("attributes").addObject().put("name", "Description").put("value", "…");
		ArrayNode subsections = study.putArray("subsections");
		ObjectNode author = subsections.addObject().put("type", "author");
		author.putArray("attributes").addObject().put("name", "Name").put("value", "A. Researcher");
		component(subsections, "Study Component-1", listA);
		component(subsections, "Study Component-2", listB);
		return s;
	}

	private static ObjectNode valid() {
		return example("", FUTURE, "assayA/file_list.json", "assayB/file_list.tsv");
	}

	private static void component(ArrayNode subsections, String accNo, String fileList) {
		ObjectNode c = subsections.addObject().put("type", "Study Component").put("accno", accNo);
		ArrayNode a = c.putArray("attributes");
		a.addObject().put("name", "Name").put("value", accNo);
		a.addObject().put("name", "File List").put("value", fileList);
	}

	private JsonNode submitted(ObjectNode pageTab) throws Exception {
		HttpResponse<String> r = api.submit(pageTab.toString());
		assertEquals(200, r.statusCode(), r.body());
		return TestApi.json(r);
	}

	/** Submits, expects {@code status} and returns the messages of the ValidationTree's sub-nodes. */
	private List<String> refused(ObjectNode pageTab, int status) throws Exception {
		HttpResponse<String> r = api.submit(pageTab.toString());
		assertEquals(status, r.statusCode(), r.body());
		JsonNode tree = TestApi.json(r);
		assertEquals("FAIL", tree.get("status").asText());
		List<String> messages = new ArrayList<>();
		messages.add(tree.get("log").get("message").asText());
		for (JsonNode n : tree.get("log").get("subnodes")) messages.add(n.get("message").asText());
		return messages;
	}

	private static void assertHas(List<String> messages, String expected) {
		assertTrue(messages.stream().anyMatch(m -> m.contains(expected)), "no '" + expected + "' in " + messages);
	}

	// ---- accepted submissions

	@Test
	void aValidSubmissionGetsAnAccessionAndIsProcessed() throws Exception {
		uploadExample();
		JsonNode accepted = submitted(valid());
		assertEquals("S-BIAD1", accepted.get("accNo").asText());
		assertEquals(1, accepted.get("version").asInt());
		assertEquals("PROCESSED", api.awaitStatus("S-BIAD1", 1));
		assertEquals(0, TestApi.json(api.get("/submissions/requests/S-BIAD1/1/errors")).size());

		JsonNode dto = TestApi.json(api.get("/submissions/S-BIAD1"));
		assertEquals("S-BIAD1", dto.get("accno").asText());
		assertEquals("S-BIAD1", dto.get("displayAccNo").asText());
		assertEquals("PROCESSED", dto.get("status").asText());
		assertEquals("Live imaging of X in zebrafish embryos", dto.get("title").asText());
		assertEquals(FUTURE + "T00:00Z", dto.get("rtime").asText());
		assertEquals(0, dto.get("errors").size());

		JsonNode pageTab = TestApi.json(api.get("/submissions/S-BIAD1.json"));
		assertEquals("S-BIAD1", pageTab.get("accno").asText());
		assertEquals("Study", pageTab.get("section").get("type").asText());

		// What was received is stored, byte for byte.
		Path stored = server.submissionFolder("S-BIAD1", 1);
		assertArrayEquals(EMB01, Files.readAllBytes(stored.resolve("files/assayA/emb01.tif")));
		assertArrayEquals(EMB01_T0, Files.readAllBytes(stored.resolve("files/assayB/emb01_t0.tif")));
		assertTrue(Files.isRegularFile(stored.resolve("filelists/assayB/file_list.tsv")));
		assertEquals("S-BIAD1", TestApi.JSON.readTree(stored.resolve("submission.json").toFile()).get("accno")
			.asText());

		assertEquals(1, TestApi.json(api.get("/submissions")).size());
		assertEquals("S-BIAD1", TestApi.json(api.get("/submissions")).get(0).get("accno").asText());
	}

	@Test
	void accessionsCountUpAndAResubmissionIsANewVersion() throws Exception {
		uploadExample();
		assertEquals("S-BIAD1", submitted(valid()).get("accNo").asText());
		assertEquals("S-BIAD2", submitted(valid()).get("accNo").asText());
		api.awaitStatus("S-BIAD1", 1);

		JsonNode again = submitted(example("S-BIAD1", FUTURE, "assayA/file_list.json", "assayB/file_list.tsv"));
		assertEquals("S-BIAD1", again.get("accNo").asText());
		assertEquals(2, again.get("version").asInt());
		assertEquals("PROCESSED", api.awaitStatus("S-BIAD1", 2));

		// Another user may not update it, nor choose an accession.
		TestApi other = new TestApi(server).loginAs("other@example.org", "other");
		HttpResponse<String> r = other.submit(example("S-BIAD1", FUTURE, "a.json", "b.json").toString());
		assertEquals(403, r.statusCode());
		assertTrue(r.body().contains("is not allowed to update the submission S-BIAD1"), r.body());
		assertEquals(404, other.get("/submissions/S-BIAD1").statusCode());
		assertHas(refused(example("S-BIAD99", FUTURE, "a.json", "b.json"), 403),
			"is not allowed to provide accession number directly");

		// A restart goes on counting and remembers the studies.
		api.awaitStatus("S-BIAD2", 1);
		server.stop();
		startServer(Duration.ZERO);
		assertEquals("S-BIAD3", submitted(valid()).get("accNo").asText());
		assertEquals("PROCESSED", TestApi.json(api.get("/submissions/S-BIAD1")).get("status").asText());
		assertEquals("3", Files.readString(data.resolve("submissions/.accession-counter")).trim());
	}

	@Test
	void statusMovesFromRequestedToProcessed() throws Exception {
		server.stop();
		startServer(Duration.ofMillis(600));
		uploadExample();
		submitted(valid());
		assertEquals("REQUESTED", TestApi.json(api.get("/submissions/requests/S-BIAD1/1/status")).asText());
		assertEquals("PROCESSING", TestApi.json(api.get("/submissions/S-BIAD1")).get("status").asText());
		assertEquals(404, api.get("/submissions/S-BIAD1.json").statusCode());
		// A resubmission while the first is processed is refused.
		assertHas(refused(example("S-BIAD1", FUTURE, "assayA/file_list.json", "assayB/file_list.tsv"), 400),
			"Submission request can't be accepted. Submission with 'S-BIAD1' is currently being processed.");
		assertEquals("PROCESSED", api.awaitStatus("S-BIAD1", 1));
	}

	@Test
	void aFileRemovedBeforeProcessingMakesTheRequestInvalid() throws Exception {
		server.stop();
		startServer(Duration.ofMillis(400));
		uploadExample();
		submitted(valid());
		ok(api.delete("/files/user/assayA?fileName=emb01.tif"));
		assertEquals("INVALID", api.awaitStatus("S-BIAD1", 1));
		JsonNode errors = TestApi.json(api.get("/submissions/requests/S-BIAD1/1/errors"));
		assertTrue(errors.get(0).asText().startsWith("The following files could not be found:\n  - assayA/emb01.tif"),
			errors.toString());
		assertEquals("INVALID", TestApi.json(api.get("/submissions/S-BIAD1")).get("status").asText());
	}

	@Test
	void theSyncEndpointAnswersWithTheStoredPageTab() throws Exception {
		uploadExample();
		HttpResponse<String> r = api.send(api.request("/submissions").header("Submission_Type", "application/json")
			.POST(BodyPublishers.ofString(valid().toString())));
		assertEquals(200, r.statusCode(), r.body());
		assertEquals("S-BIAD1", TestApi.json(r).get("accno").asText());
		assertEquals("submission", TestApi.json(r).get("type").asText());
	}

	@Test
	void filesOfASectionAndRootPathResolveInTheUserFolder() throws Exception {
		ok(api.upload("/files/user/root", new Multipart().file("img 1.tif", EMB01)));
		ObjectNode s = example("", FUTURE, null, null);
		((ArrayNode) s.get("attributes")).addObject().put("name", "RootPath").put("value", "root");
		// Drop the components' File List attributes: this submission lists its one file in the section.
		ArrayNode subsections = (ArrayNode) s.get("section").get("subsections");
		subsections.remove(2);
		subsections.remove(1);
		ArrayNode table = ((ObjectNode) s.get("section")).putArray("files").addArray();
		table.addObject().put("path", "img 1.tif");
		assertEquals("S-BIAD1", submitted(s).get("accNo").asText());
		api.awaitStatus("S-BIAD1", 1);
		assertArrayEquals(EMB01, Files.readAllBytes(server.submissionFolder("S-BIAD1", 1).resolve("files/img 1.tif")));

		table.addObject().put("path", "absent.tif");
		List<String> messages = refused(s, 400);
		assertEquals("Submission validation errors", messages.get(0));
		assertEquals("The following files could not be found:\n  - absent.tif\nList of available sources:\n" +
			"  - demo@example.org user files in /root", messages.get(1));
	}

	// ---- the server's messages

	/** Found while the PageTab is read: 500, the message alone (BioStudies' GeneralExceptionHandler). */
	@Test
	void releaseDateIsRequired() throws Exception {
		uploadExample();
		List<String> messages = refused(example("", null, "assayA/file_list.json", "assayB/file_list.tsv"), 500);
		assertEquals(List.of("ReleaseDate is required. Element was not created."), messages);
	}

	@Test
	void releaseDateCannotBeInThePast() throws Exception {
		uploadExample();
		assertHas(refused(example("", "2020-01-01", "assayA/file_list.json", "assayB/file_list.tsv"), 400),
			"Release date cannot be in the past");
	}

	@Test
	void releaseDateMustParse() throws Exception {
		uploadExample();
		assertHas(refused(example("", "31/01/2027", "assayA/file_list.json", "assayB/file_list.tsv"), 400),
			"Provided date 31/01/2027 could not be parsed. Expected format is YYYY-MM-DD");
		// An ISO instant is accepted too.
		assertEquals(200, api.submit(example("", FUTURE + "T10:00:00Z", "assayA/file_list.json",
			"assayB/file_list.tsv").toString()).statusCode());
	}

	@Test
	void aMissingFileListIsReported() throws Exception {
		uploadExample();
		assertEquals(List.of("The following files could not be found:\n  - assayA/nope.json\n" +
			"List of available sources:\n  - demo@example.org user files"),
			refused(example("", FUTURE, "assayA/nope.json", "assayB/file_list.tsv"), 500));
	}

	@Test
	void aFileMissingFromAFileListIsReported() throws Exception {
		uploadExample();
		ok(api.upload("/files/user/assayA", new Multipart().file("list2.json", ("[{\"path\": \"assayA/emb01.tif\"}," +
			"{\"path\": \"assayA/missing.tif\"}, {\"path\": \"assayA/gone.tif\"}]").getBytes(StandardCharsets.UTF_8))));
		// Only the first missing file, the File List by its base name.
		List<String> messages = refused(example("", FUTURE, "assayA/list2.json", "assayB/file_list.tsv"), 400);
		assertEquals(List.of("Submission validation errors", "The following files could not be found:\n" +
			"  - assayA/missing.tif\nReferenced in file list: list2.json\nList of available sources:\n" +
			"  - demo@example.org user files"), messages);
	}

	@Test
	void aTsvFileListNeedsTheFilesHeader() throws Exception {
		uploadExample();
		ok(api.upload("/files/user/assayB", new Multipart().file("bad.tsv",
			"Path\tChannel\nassayB/emb01_t0.tif\tGFP\n".getBytes(StandardCharsets.UTF_8))));
		assertHas(refused(example("", FUTURE, "assayA/file_list.json", "assayB/bad.tsv"), 400),
			"First header value should be 'Files'. Element was not created.");
	}

	@Test
	void aFileListNeedsAFile() throws Exception {
		uploadExample();
		ok(api.upload("/files/user/assayB", new Multipart().file("empty.tsv", "Files\tChannel\n"
			.getBytes(StandardCharsets.UTF_8)).file("empty.json", "[]".getBytes(StandardCharsets.UTF_8))));
		assertHas(refused(example("", FUTURE, "assayA/file_list.json", "assayB/empty.tsv"), 400),
			"Problem processing file list 'empty.tsv': A file list should contain at least one file");
		assertHas(refused(example("", FUTURE, "assayB/empty.json", "assayB/file_list.tsv"), 400),
			"Problem processing file list 'empty.json': A file list should contain at least one file");
		ok(api.post("/folder/user/assayB?folder=dir.json"));
		assertHas(refused(example("", FUTURE, "assayB/dir.json", "assayB/file_list.tsv"), 400),
			"A directory can't be used as File List");
	}

	@ParameterizedTest
	@ValueSource(strings = { "assayA/emb01 é.tif", "assayA/#4/emb01.tif", "./assayA/emb01.tif", "assayA/" })
	void invalidPathCharactersAreReported(String path) throws Exception {
		uploadExample();
		ok(api.upload("/files/user/assayA", new Multipart().file("odd.json", TestApi.JSON.createArrayNode()
			.add(TestApi.JSON.createObjectNode().put("path", path)).toString().getBytes(StandardCharsets.UTF_8))));
		List<String> messages = refused(example("", FUTURE, "assayA/odd.json", "assayB/file_list.tsv"), 400);
		assertEquals("The given file path contains invalid characters: " + path + "\n" +
			"Referenced in file list: odd.json\n" +
			"For more information check https://www.ebi.ac.uk/bioimage-archive/help-file-list", messages.get(1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "csv", "txt" })
	void unsupportedFileListFormatsAre415(String extension) throws Exception {
		uploadExample();
		List<String> messages = refused(example("", FUTURE, "assayA/file_list." + extension, "assayB/file_list.tsv"),
			415);
		assertEquals("Unsupported pagetab format: " + extension, messages.get(0));
	}

	@Test
	void onlyJsonPageTabIsRead() throws Exception {
		HttpResponse<String> none = api.send(api.request("/submissions/async").POST(BodyPublishers.ofString("{}")));
		assertEquals(415, none.statusCode());
		HttpResponse<String> tsv = api.send(api.request("/submissions/async").header("Submission_Type", "text/plain")
			.POST(BodyPublishers.ofString("Submission\t\n")));
		assertEquals(415, tsv.statusCode());
		HttpResponse<String> broken = api.submit("{not json");
		assertEquals(400, broken.statusCode());
		assertNotEquals(-1, broken.body().indexOf("JSON parse error"));
	}

	@Test
	void unknownRequestsAre404() throws Exception {
		assertEquals(404, api.get("/submissions/S-BIAD404").statusCode());
		assertEquals(404, api.get("/submissions/requests/S-BIAD404/1/status").statusCode());
	}

	/**
	 * {@code GET /submissions} as the backend answers since November 2025: the user's studies newest first, filtered
	 * only by an exact {@code accNo}, paged with {@code offset} and {@code limit}; {@code keywords} is ignored.
	 */
	@Test
	void theListOfTheUsersStudiesFiltersOnlyByAccessionAndPages() throws Exception {
		uploadExample();
		submitted(valid());
		submitted(valid());
		api.awaitStatus("S-BIAD2", 1);
		JsonNode all = TestApi.json(api.get("/submissions?keywords=nothing-like-it"));
		assertEquals(2, all.size(), "keywords is ignored: " + all);
		assertEquals("S-BIAD2", all.get(0).get("accno").asText(), "newest first");
		assertEquals("Live imaging of X in zebrafish embryos", all.get(0).get("title").asText());
		assertTrue(all.get(0).get("mtime").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), all.toString());
		assertEquals(List.of("S-BIAD1"), accessions(TestApi.json(api.get("/submissions?accNo=S-BIAD1"))));
		assertEquals(List.of(), accessions(TestApi.json(api.get("/submissions?accNo=S-BIAD"))), "exact, not a part");
		assertEquals(List.of("S-BIAD1"), accessions(TestApi.json(api.get("/submissions?offset=1&limit=5"))));
		assertEquals(List.of("S-BIAD2"), accessions(TestApi.json(api.get("/submissions?offset=0&limit=1"))));
	}

	private static List<String> accessions(JsonNode list) {
		List<String> out = new ArrayList<>();
		list.forEach(s -> out.add(s.get("accno").asText()));
		return out;
	}

	// ---- status codes and messages as the real server gives them (spec 2026-12 §A, §B 3-9)

	private void uploadList(String name, String content) throws Exception {
		ok(api.upload("/files/user/lists", new Multipart().file(name, content.getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void anAttributeWithoutANameIs500() throws Exception {
		uploadExample();
		ObjectNode s = valid();
		((ArrayNode) s.get("section").get("attributes")).addObject().put("name", " ").put("value", "v");
		assertEquals(List.of("Attribute name is required. Element was not created."), refused(s, 500));
	}

	@Test
	void aRootPathThatIsNotThereFailsTheFirstFileListWith500() throws Exception {
		uploadExample();
		ObjectNode s = valid();
		((ArrayNode) s.get("attributes")).addObject().put("name", "RootPath").put("value", "nothere");
		assertEquals(List.of("The following files could not be found:\n  - assayA/file_list.json\n" +
			"List of available sources:\n  - demo@example.org user files in /nothere"), refused(s, 500));
	}

	@Test
	void aFileListNameWithInvalidCharactersIs500() throws Exception {
		uploadExample();
		assertEquals(List.of("The given file path contains invalid characters: assayA/file list+1.json\n" +
			PageTabCheck.HELP), refused(example("", FUTURE, "assayA/file list+1.json", "assayB/file_list.tsv"), 500));
	}

	/** A File List that cannot be parsed: 400, one node "Problem processing file list '<as named>': …". */
	@ParameterizedTest
	@ValueSource(strings = { "bom.tsv", "blank.tsv", "lower.tsv", "tab.tsv", "empty.tsv", "obj.json", "np.json" })
	void aFileListThatCannotBeParsedIs400WithItsName(String name) throws Exception {
		uploadExample();
		uploadList("bom.tsv", "\uFEFFFiles\nassayA/emb01.tif\n");
		uploadList("blank.tsv", "\nFiles\nassayA/emb01.tif\n");
		uploadList("lower.tsv", "files\nassayA/emb01.tif\n");
		uploadList("tab.tsv", "Files\t\nassayA/emb01.tif\t\n");
		uploadList("empty.tsv", "");
		uploadList("obj.json", "{\"path\": \"assayA/emb01.tif\"}");
		uploadList("np.json", "[{\"attributes\":[]}]");
		String expected = switch (name) {
			case "tab.tsv" -> "Attribute name is required. Element was not created.";
			case "empty.tsv" -> "readLine(...) must not be null";
			case "obj.json" -> "Expected content to be an array";
			case "np.json" -> "Expecting to find property with 'path' in node '{\"attributes\":[]}'";
			default -> "First header value should be 'Files'. Element was not created.";
		};
		assertEquals(List.of("Problem processing file list 'lists/" + name + "': " + expected),
			refused(example("", FUTURE, "lists/" + name, "assayB/file_list.tsv"), 400));
	}

	@Test
	void onlyTheFirstInvalidPathIsReported() throws Exception {
		uploadExample();
		uploadList("ip.json", "[{\"path\": \"a b+1.tif\"}, {\"path\": \"c\u00fc.tif\"}]");
		assertEquals(List.of(PageTabCheck.VALIDATION_ERRORS, "The given file path contains invalid characters: " +
			"a b+1.tif\nReferenced in file list: ip.json\n" + PageTabCheck.HELP),
			refused(example("", FUTURE, "lists/ip.json", "assayB/file_list.tsv"), 400));
	}

	/**
	 * BioStudies finds the release date by its exact name: "releasedate" passes the required check but the study
	 * is released at once.
	 */
	@Test
	void releaseDateIsLookedUpCaseSensitively() throws Exception {
		uploadExample();
		ObjectNode s = example("", null, "assayA/file_list.json", "assayB/file_list.tsv");
		((ArrayNode) s.get("attributes")).addObject().put("name", "releasedate").put("value", FUTURE);
		assertEquals("S-BIAD1", submitted(s).get("accNo").asText());
		assertEquals(LocalDate.now(ZoneOffset.UTC) + "T00:00Z", TestApi.json(api.get("/submissions/S-BIAD1"))
			.get("rtime").asText());
	}

	/** A private study may be resubmitted with a date that has passed (which releases it); a public one keeps its date. */
	@Test
	void resubmissionsFollowTheBackendsDateRules() throws Exception {
		uploadExample();
		submitted(valid());
		api.awaitStatus("S-BIAD1", 1);
		submitted(example("S-BIAD1", "2020-01-01", "assayA/file_list.json", "assayB/file_list.tsv"));
		api.awaitStatus("S-BIAD1", 2);
		assertEquals(List.of(PageTabCheck.VALIDATION_ERRORS, "The release date of a public study cannot be changed"),
			refused(example("S-BIAD1", FUTURE, "assayA/file_list.json", "assayB/file_list.tsv"), 400));
		submitted(example("S-BIAD1", "2020-01-01", "assayA/file_list.json", "assayB/file_list.tsv"));
	}
}
