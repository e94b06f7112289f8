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

import java.io.CharConversionException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * File lists in JSON: a top-level array of file objects ({@code path}, {@code size}, {@code attributes},
 * {@code type}, in BioStudies' order). Read and written one file at a time, so a list of a million files never is
 * one tree in memory; an error names the line where the file's object starts.
 */
final class FileListJson {

	private static final String WHAT = "a file list is a JSON array of files";
	static final String NOT_UTF8 = "not UTF-8 text; save the file list as UTF-8";

	private FileListJson() {}

	/** Reads from a parser that has not read anything yet; closes it. */
	static PageTabFileList read(JsonParser parser, String source) throws IOException {
		List<FileRef> files = new ArrayList<>();
		try (JsonParser p = parser) {
			JsonToken t = p.nextToken();
			if (t == null) throw new PageTabSyntaxException(source, 0, "the file is empty; " + WHAT);
			if (t != JsonToken.START_ARRAY) throw new PageTabSyntaxException(source, line(p), "a file list must be " +
				"a JSON array of files, found " + (t == JsonToken.START_OBJECT ? "an object" : "'" + p.getText() +
					"'"));
			for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
				if (t == null) throw new PageTabSyntaxException(source, line(p), "the array of files is not closed");
				long line = line(p);
				files.add(new NodeReader(source, line).file(PageTabJson.MAPPER.readTree(p), "/" + i));
			}
			if (p.nextToken() != null) throw new PageTabSyntaxException(source, line(p),
				"more JSON after the array of files");
		}
		catch (JsonProcessingException e) {
			throw PageTabJson.notJson(source, e);
		}
		catch (CharConversionException | CharacterCodingException e) {
			// Bytes that are not UTF-8 (from a stream, Jackson guesses UTF-16 or UTF-32 and finds they are not that
			// either).
			throw new PageTabSyntaxException(source, 0, NOT_UTF8, e);
		}
		if (files.isEmpty()) throw new PageTabSyntaxException(source, 0, FileListFormat.EMPTY);
		return new PageTabFileList(files);
	}

	/** Writes a list that has at least one file; leaves the writer open. */
	static void write(PageTabFileList list, Writer out) throws IOException {
		write(list.files().iterator(), out);
	}

	/** Writes each file as it is given, holding none; leaves the writer open. */
	static void write(Iterator<FileRef> files, Writer out) throws IOException {
		JsonGenerator g = start(out);
		while (files.hasNext()) file(g, files.next());
		end(g, out);
	}

	/** Starts the array of files; {@link #file} writes each, {@link #end} closes it. */
	static JsonGenerator start(Writer out) throws IOException {
		JsonGenerator g = PageTabJson.MAPPER.createGenerator(out);
		g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
		g.setPrettyPrinter(PageTabJson.prettyPrinter());
		g.writeStartArray();
		return g;
	}

	/**
	 * Writes one file straight to the generator, as {@link NodeWriter#file} lays it out (the same fields in the same
	 * order, so the same text), without making a tree of it first.
	 */
	static void file(JsonGenerator g, FileRef f) throws IOException {
		g.writeStartObject();
		g.writeStringField("path", f.path());
		if (f.size() != null) g.writeNumberField("size", f.size());
		if (!f.attributes().isEmpty()) {
			g.writeArrayFieldStart("attributes");
			for (Attribute a : f.attributes()) attribute(g, a);
			g.writeEndArray();
		}
		if (f.type() != null) g.writeStringField("type", f.type());
		g.writeEndObject();
	}

	private static void attribute(JsonGenerator g, Attribute a) throws IOException {
		g.writeStartObject();
		g.writeStringField("name", a.name());
		if (a.value() != null) g.writeStringField("value", a.value());
		if (a.reference()) g.writeBooleanField("reference", true);
		qualifiers(g, "nmqual", a.nameQualifiers());
		qualifiers(g, "valqual", a.valueQualifiers());
		g.writeEndObject();
	}

	private static void qualifiers(JsonGenerator g, String field, List<Qualifier> qualifiers) throws IOException {
		if (qualifiers.isEmpty()) return;
		g.writeArrayFieldStart(field);
		for (Qualifier q : qualifiers) {
			g.writeStartObject();
			g.writeStringField("name", q.name());
			if (q.value() != null) g.writeStringField("value", q.value());
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	/** Closes the array of files and the generator, ending the text with a line break; leaves the writer open. */
	static void end(JsonGenerator g, Writer out) throws IOException {
		g.writeEndArray();
		g.close();
		out.write("\n");
	}

	private static long line(JsonParser p) {
		return Math.max(p.currentTokenLocation().getLineNr(), 0);
	}
}
