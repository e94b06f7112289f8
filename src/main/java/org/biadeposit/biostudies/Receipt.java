package org.biadeposit.biostudies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What was deposited, kept as {@code OUT/receipt.json}: the accession and version, the server, the time, every file
 * with its size and checksums (computed locally while it was sent), and the submission exactly as sent. Written when
 * the server has accepted the submission, and again when it has processed it.
 *
 * @param status the submission request's last known status ({@code SUBMITTED} right after submitting,
 *   {@code PROCESSED} when stored, {@code INVALID} when rejected)
 * @param errors the server's reasons when the status is {@code INVALID}, otherwise empty
 * @param submission the PageTab JSON as sent
 */
public record Receipt(String accession, int version, String status, String server, String studyUrl, Instant time,
	List<File> files, List<String> errors, String submission)
{

	public static final String NAME = "receipt.json";
	/** The file was sent in this run. */
	public static final String SENT = "sent";
	/** The file was already in the user folder with the same size and was not sent again. */
	public static final String ON_SERVER = "already on server";
	/**
	 * A metadata-only update: the file was not sent; the server keeps the previous version's (checksums from the upload
	 * journal when known, otherwise null).
	 */
	public static final String NOT_SENT = "not sent (metadata only)";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/** One file of the deposit. */
	public record File(String remote, String local, long size, String md5, String sha256, String state) {}

	public Receipt {
		files = List.copyOf(files);
		errors = List.copyOf(errors);
	}

	/** Whether the study is stored. */
	public boolean processed() {
		return SubmissionRequest.DONE.contains(status);
	}

	/** Writes the receipt as JSON, replacing the file (through a temporary file, so it is never half written). */
	public void write(Path file) throws IOException {
		ObjectNode root = JSON.createObjectNode();
		root.put("accession", accession).put("version", version).put("status", status).put("server", server)
			.put("studyUrl", studyUrl).put("time", time.toString());
		ArrayNode list = root.putArray("files");
		for (File f : files) {
			list.addObject().put("remote", f.remote()).put("local", f.local()).put("size", f.size()).put("md5", f.md5())
				.put("sha256", f.sha256()).put("state", f.state());
		}
		if (!errors.isEmpty()) errors.forEach(root.putArray("errors")::add);
		root.set("submission", JSON.readTree(submission));
		Path temporary = file.resolveSibling(file.getFileName() + ".part");
		JSON.writeValue(temporary.toFile(), root);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asText() : null;
	}

	/** Reads a receipt written by {@link #write}. */
	public static Receipt read(Path file) throws IOException {
		JsonNode root = JSON.readTree(file.toFile());
		List<File> files = new ArrayList<>();
		for (JsonNode f : root.path("files")) {
			files.add(new File(f.path("remote").asText(), f.path("local").asText(), f.path("size").asLong(),
				text(f, "md5"), text(f, "sha256"), f.path("state").asText()));
		}
		List<String> errors = new ArrayList<>();
		root.path("errors").forEach(e -> errors.add(e.asText()));
		return new Receipt(root.path("accession").asText(), root.path("version").asInt(), root.path("status").asText(),
			root.path("server").asText(), root.path("studyUrl").asText(), Instant.parse(root.path("time").asText()),
			files, errors, JSON.writeValueAsString(root.path("submission")));
	}
}
