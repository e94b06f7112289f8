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
package org.biadeposit.rembi.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * deposit.yaml as SnakeYAML's node tree, within the limits deposit.yaml is read up to, every reason it cannot be
 * parsed said with its line and what to do.
 */
final class YamlDocument {

	private YamlDocument() {}

	/**
	 * The node tree of the file, or null with the problems in {@code source} (not there, not UTF-8, too large, a
	 * line too long, a syntax error); null without problems for an empty file.
	 */
	static Node parse(Path yaml, YamlSource source) {
		String text;
		try {
			long size = Files.size(yaml);
			if (size > DepositYaml.MAX_FILE_BYTES) {
				source.error("is " + String.format(Locale.ROOT, "%,d", size) + " bytes, but deposit.yaml is read " +
					"only if it has at most " + String.format(Locale.ROOT, "%,d", DepositYaml.MAX_FILE_BYTES) + " (1 MiB; a " +
					"complete one is a few KB); keep long texts and tables in files of the dataset and name them in " +
					"deposit.yaml");
				return null;
			}
			text = Files.readString(yaml, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException e) {
			source.error("does not exist (" + yaml.toAbsolutePath() + "); check the path, or write one with the " +
				"study's description");
			return null;
		}
		catch (MalformedInputException e) {
			source.error("is not UTF-8 text; save it as UTF-8 (most editors offer the encoding when saving)");
			return null;
		}
		catch (IOException e) {
			source.error("cannot be read (" + e + "); check that it is a readable file");
			return null;
		}
		if (text.startsWith("\uFEFF")) text = text.substring(1);
		int longLine = lineLongerThan(text, DepositYaml.MAX_VALUE_CHARS);
		if (longLine > 0) {
			source.error(longLine, "", "this line is longer than deposit.yaml takes: at most " + String.format(Locale.ROOT,
				"%,d", DepositYaml.MAX_VALUE_CHARS) + " characters on one line or in one value; shorten it, or keep such a long " +
				"text in a file of the dataset");
			return null;
		}
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit((int) DepositYaml.MAX_FILE_BYTES);
		try {
			return new Yaml(options).compose(new ShortReads(new StringReader(text)));
		}
		catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			Mark context = e.getContextMark();
			String problem = e.getProblem() == null ? "the text is not valid YAML" : e.getProblem().strip();
			String during = e.getContext() != null && context != null && mark != null && context.getLine() != mark
				.getLine() ? " (" + e.getContext().strip() + " on line " + (context.getLine() + 1) + ")" : "";
			String message = "YAML syntax error: " + problem + during + "; " + syntaxHint(problem);
			if (mark == null) source.error(message);
			else source.error(mark.getLine() + 1, mark.getColumn() + 1, message);
			return null;
		}
		catch (YAMLException e) {
			source.error("cannot be read as YAML: " + e.getMessage());
			return null;
		}
	}

	/**
	 * The first line (from 1) longer than {@code limit} characters, or 0. Checked before parsing: SnakeYAML's reader
	 * copies its whole window for every 1,024 characters of one token, so its time grows with the square of the
	 * longest line (a 4 MB line took close to a minute).
	 */
	static int lineLongerThan(String text, int limit) {
		int line = 1;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = i == text.length() ? '\n' : text.charAt(i);
			// the line breaks of YAML 1.1, which SnakeYAML reads
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				if (i - start > limit) return line;
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
				line++;
				start = i + 1;
			}
		}
		return 0;
	}

	/**
	 * The text in reads that leave SnakeYAML room for one more character. SnakeYAML 2.3 reads a full buffer and, if
	 * it ends with the first half of a surrogate pair (an emoji, a rare CJK character), reads the second half past
	 * the buffer's end: an IndexOutOfBoundsException for any file with such a character at the wrong place.
	 */
	private static final class ShortReads extends Reader {

		private final Reader in;

		ShortReads(Reader in) {
			this.in = in;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			return in.read(buffer, offset, length > 1 ? length - 1 : length);
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}

	/** What to do about a SnakeYAML syntax problem. */
	static String syntaxHint(String problem) {
		String p = problem.toLowerCase(Locale.ROOT);
		if (p.contains("\t") || p.contains("tab")) return "YAML does not allow tabs for indentation; indent with spaces";
		if (p.contains("mapping values are not allowed")) {
			return "a value that contains \": \" must be put in quotes, and the keys of one mapping must start in " +
				"the same column";
		}
		if (p.contains("could not find expected ':'")) {
			return "each line of a mapping needs \"key: value\"; text that goes on over several lines must be " +
				"indented further than its key, or put in quotes";
		}
		if (p.contains("undefined alias")) return "define the anchor (&name) before using it (*name)";
		if (p.contains("end of stream") || p.contains("unexpected end")) {
			return "a quote or bracket is not closed; close it";
		}
		if (p.contains("single document")) return "the file must hold one YAML document; remove the extra \"---\"";
		return "check the indentation (keys of one mapping, and the \"- \" of one list, start in the same column) " +
			"and put values with special characters (: # { } [ ] , & * ! | > ' \" % @) in quotes";
	}
}
