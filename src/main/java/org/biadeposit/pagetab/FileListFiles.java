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

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.JsonGenerator;

import org.biadeposit.rembi.FileList;

/**
 * A File-list written as its two files at once, {@code .json} (what is sent) and {@code .tsv} (for people), in one
 * pass over its rows: each row is made once, with its values, and turned into the PageTab file both files write;
 * nothing per row is kept. Each file's SHA-256 is taken as it is written, on a thread of its own (see
 * {@link SummedOutput}), so package.json need not read them back.
 * The JSON is written whole even when the TSV cannot be (a tab or line break in a value): then the TSV is removed
 * and the pass ends with the TSV's IllegalArgumentException, as when each format was written on its own.
 */
final class FileListFiles {

	/** Told of each row once both files have it (or the JSON alone, after the TSV was given up). */
	interface EachRow {

		void row(int index, FileList.Row row) throws IOException;
	}

	/** The SHA-256 of the two files as written, hex. */
	record Sums(String json, String tsv) {}

	private FileListFiles() {}

	/** Writes a list with at least one row. */
	static Sums write(FileList list, Path json, Path tsv, EachRow then) throws IOException {
		ExecutorService summing = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "File-list SHA-256");
			t.setDaemon(true);
			return t;
		});
		try {
			return write(list, json, tsv, then, summing);
		}
		finally {
			summing.shutdownNow();
		}
	}

	private static Sums write(FileList list, Path json, Path tsv, EachRow then, ExecutorService summing)
		throws IOException
	{
		SummedOutput jsonOut = new SummedOutput(Files.newOutputStream(json), summing);
		SummedOutput tsvOut = new SummedOutput(Files.newOutputStream(tsv), summing);
		IllegalArgumentException notTsv = null;
		try (Writer j = writer(jsonOut); Writer t = writer(tsvOut)) {
			JsonGenerator g = FileListJson.start(j);
			FileListTsv.Rows rows = new FileListTsv.Rows(list.columns(), t);
			List<FileList.Row> all = list.rows();
			for (int r = 0, n = all.size(); r < n; r++) {
				FileList.Row row = all.get(r);
				FileRef file = DepositionPageTab.file(list, row);
				FileListJson.file(g, file);
				if (notTsv == null) {
					try {
						rows.write(file);
					}
					catch (IllegalArgumentException e) {
						notTsv = e;
					}
				}
				then.row(r, row);
			}
			FileListJson.end(g, j);
		}
		if (notTsv != null) {
			Files.deleteIfExists(tsv);
			throw notTsv;
		}
		return new Sums(jsonOut.sha256(), tsvOut.sha256());
	}

	private static Writer writer(OutputStream out) {
		return new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8
			.newEncoder()), 1 << 16);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
