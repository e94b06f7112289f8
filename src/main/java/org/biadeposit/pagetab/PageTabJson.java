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

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Submissions as BioStudies PageTab JSON, read and written.
 * <p>
 * Writing gives BioStudies' own layout: its field order ({@code accno, attributes, section, type}; sections
 * {@code accno, type, attributes, files, links, subsections}; attributes {@code name, value, reference, nmqual,
 * valqual}), absent optional fields left out, UTF-8, pretty-printed as Jackson does by default (two-space indent,
 * {@code "name" : value}), {@code \n} line ends and a final newline. A published study read and written back gives
 * the same JSON; one BioStudies wrote gives the same text.
 * </p>
 * <p>
 * Reading follows BioStudies: unknown fields are ignored; {@code isReference} is read as {@code reference}; a
 * missing {@code name}, {@code path} or {@code url}, an empty table or a value of the wrong JSON type is a
 * {@link PageTabSyntaxException} naming the file and the place.
 * </p>
 */
public final class PageTabJson {

	static final ObjectMapper MAPPER = new ObjectMapper();

	/** Reads one whole document: text after the submission's object is an error, not ignored. */
	private static final ObjectReader DOCUMENT = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private PageTabJson() {}

	/** Reads a submission from a PageTab JSON file. */
	public static Submission read(Path file) throws IOException {
		String source = file.getFileName().toString();
		try (Reader in = utf8(file)) {
			return submission(DOCUMENT.readTree(in), source);
		}
		catch (JsonProcessingException e) {
			throw notJson(source, e);
		}
		catch (java.nio.charset.CharacterCodingException e) {
			throw new PageTabSyntaxException(source, 0, "not UTF-8 text; save the submission as UTF-8", e);
		}
	}

	/**
	 * A JSON file opened as UTF-8 text, past a leading byte-order mark (as Jackson skips it in bytes). Decoded here:
	 * from bytes, Jackson would guess UTF-16 or UTF-32 and fail in its own ways; bytes that are not UTF-8 then
	 * throw {@link java.nio.charset.CharacterCodingException} as they are read.
	 */
	static Reader utf8(Path file) throws IOException {
		java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		in.mark(1);
		if (in.read() != '\uFEFF') in.reset();
		return in;
	}

	/**
	 * Reads a submission from PageTab JSON text.
	 *
	 * @param source what the text came from, named in error messages
	 */
	public static Submission read(Reader in, String source) throws IOException {
		try {
			return submission(DOCUMENT.readTree(in), source);
		}
		catch (JsonProcessingException e) {
			throw notJson(source, e);
		}
	}

	/** The submission as PageTab JSON text, ending with a newline. */
	public static String write(Submission submission) {
		try {
			return MAPPER.writer(prettyPrinter()).writeValueAsString(NodeWriter.submission(submission)) + "\n";
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("a tree of strings, numbers and booleans is always writable", e);
		}
	}

	/** Writes the submission as PageTab JSON (UTF-8), replacing the file. */
	public static void write(Submission submission, Path file) throws IOException {
		Files.writeString(file, write(submission), StandardCharsets.UTF_8);
	}

	/** Writes the submission as PageTab JSON text; leaves the writer open. */
	public static void write(Submission submission, Writer out) throws IOException {
		out.write(write(submission));
	}

	private static Submission submission(JsonNode tree, String source) throws PageTabSyntaxException {
		if (tree == null || tree.isMissingNode()) {
			throw new PageTabSyntaxException(source, 0, "the file is empty; a submission is a JSON object");
		}
		return new NodeReader(source, 0).submission(tree);
	}

	/** Jackson's default layout, with {@code \n} line ends whatever the platform. */
	static DefaultPrettyPrinter prettyPrinter() {
		return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
	}

	static PageTabSyntaxException notJson(String source, JsonProcessingException e) {
		long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
		return new PageTabSyntaxException(source, Math.max(line, 0), "not valid JSON: " + e.getOriginalMessage(), e);
	}
}
