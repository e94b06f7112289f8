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
package org.biadeposit.harvest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a harvest cache file ({@link HarvestCache}): this run's entries go to a spill file beside it as they come
 * (so that a first harvest of millions of files does not hold them all), and the new file is then the text lines the
 * kept entries use, the spilled entries, those still held, and the loaded file's kept entries copied as they are;
 * written under a name of its own and moved over the old one only when whole.
 */
final class CacheFileWriter {

	/** The largest cache file that is read back (see {@code HarvestCache}): a larger one is not written at all. */
	static final long LARGEST = Integer.MAX_VALUE;

	private final Path file;
	private final long limit;
	/** Where entries of this run wait, or null while none has been spilled. */
	private Path spillFile;
	private OutputStream spill;
	private int spilled;
	private IOException failed;
	/** The numbers of the records texts written in this run, and the next number. */
	private final Map<CacheTexts.Body, Integer> numbers = new HashMap<>();
	private int nextText = -1;

	CacheFileWriter(Path file, long limit) {
		this.file = file;
		this.limit = limit;
	}

	/** Writes the entries held to the spill file, removing each from {@code added}. */
	synchronized void spill(Map<String, HarvestCache.Entry> added, CacheLines loaded) {
		if (failed != null) {
			added.clear(); // nothing of this run is written: see write
			return;
		}
		try {
			if (spill == null) {
				Files.createDirectories(file.getParent());
				spillFile = Files.createTempFile(file.getParent(), "harvest", ".spill");
				spillFile.toFile().deleteOnExit();
				spill = new Bounded(new BufferedOutputStream(Files.newOutputStream(spillFile), 1 << 16), limit);
			}
			spilled += entries(added, loaded, spill);
		}
		catch (IOException e) {
			failed = e;
			added.clear();
		}
	}

	/** Writes the new cache file whole, then puts it in place of the old one. */
	synchronized void write(String header, Map<String, HarvestCache.Entry> added, CacheLines loaded)
		throws IOException
	{
		if (failed != null) throw failed;
		Files.createDirectories(file.getParent());
		Path tmp = Files.createTempFile(file.getParent(), "harvest", ".tmp");
		try {
			try (OutputStream w = new Bounded(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), limit)) {
				write(w, header, added, loaded);
			}
			try {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}

	private void write(OutputStream w, String header, Map<String, HarvestCache.Entry> added, CacheLines loaded)
		throws IOException
	{
		line(w, header);
		int lines = 0;
		// every entry of this run marks the loaded entry it replaces before the loaded ones are chosen
		if (loaded != null) for (String path : added.keySet()) loaded.replace(path);
		BitSet kept = null;
		if (loaded != null) {
			BitSet oldTexts = new BitSet();
			kept = loaded.kept(path -> Files.exists(Path.of(path)), oldTexts);
			for (int n = oldTexts.nextSetBit(0); n >= 0; n = oldTexts.nextSetBit(n + 1)) {
				w.write(loaded.textLine(n));
				lines++;
			}
		}
		if (spill != null) {
			spill.flush();
			Files.copy(spillFile, w);
			lines += spilled;
		}
		lines += entries(added, loaded, w);
		if (kept != null) lines += loaded.write(kept, w);
		line(w, "E\t" + lines);
	}

	/** Closes and deletes the spill file. */
	synchronized void drop() {
		try {
			if (spill != null) spill.close();
			if (spillFile != null) Files.deleteIfExists(spillFile);
		}
		catch (IOException e) {
			// a leftover spill file in the cache's folder is harmless
		}
		spill = null;
		spillFile = null;
	}

	/**
	 * Writes the entries held (and the text lines of records texts not written yet), removing each as it goes;
	 * returns how many lines. Marks the loaded file's entries for the same paths as replaced.
	 */
	private int entries(Map<String, HarvestCache.Entry> added, CacheLines loaded, OutputStream w) throws IOException {
		int lines = 0;
		if (nextText < 0) nextText = loaded != null ? loaded.textCount() : 0;
		for (Map.Entry<String, HarvestCache.Entry> held : added.entrySet()) {
			HarvestCache.Entry e = held.getValue();
			if (e.records() != null && !numbers.containsKey(e.records())) {
				// bounded as the texts kept are: a text met again after is written again, under a number of its own
				if (numbers.size() >= RecordTexts.KEPT_TEXTS) numbers.clear();
				numbers.put(e.records(), nextText);
				w.write(CacheTexts.line(nextText++, e.records().bytes()));
				lines++;
			}
			StringBuilder s = new StringBuilder(256).append("F\t").append(CacheFields.escape(e.path())).append('\t')
				.append(e.size()).append('\t').append(e.modified()).append('\t');
			if (e.member()) {
				// the dataset's entry answers for it (CacheLines): text, format and error empty
				s.append("\t\t").append(CacheFields.escape(e.dataset())).append("\t\t").append(CacheLines.MEMBER_MARK)
					.append("\t0");
			}
			else {
				if (e.records() != null) s.append(numbers.get(e.records()));
				// a file's own names and dates after its text's number: what its records do not share
				if (e.records() != null && e.own() != null) s.append(':').append(CacheFields.escape(e.own()));
				s.append('\t').append(CacheFields.escape(e.format())).append('\t').append(CacheFields.escape(e
					.dataset())).append('\t').append(CacheFields.escape(e.error())).append('\t').append(e.used() == null
						? 0 : e.used().size());
				for (String u : e.used() == null ? List.<String> of() : e.used()) {
					s.append('\t').append(CacheFields.escape(u));
				}
				s.append('\t').append(e.parts() == null ? 0 : e.parts().size());
				for (FileState p : e.parts() == null ? List.<FileState> of() : e.parts()) {
					s.append('\t').append(CacheFields.escape(p.path())).append('\t').append(p.size()).append('\t')
						.append(p.modified());
				}
			}
			line(w, s.toString());
			lines++;
			if (loaded != null) loaded.replace(e.path());
			added.remove(held.getKey(), e);
		}
		return lines;
	}

	private static void line(OutputStream w, String text) throws IOException {
		w.write(text.getBytes(StandardCharsets.UTF_8));
		w.write('\n');
	}

	/**
	 * Stops a cache file that would be larger than can be read back: a study of millions of files whose images each
	 * have records of their own in more than a name and a date needs about 1.1 KB a file, past 2 GiB near two million
	 * files (files of one set-up share a text: about 160 bytes a file). Writing it would cost
	 * the time and the disk, and every later harvest would refuse it and write it again.
	 */
	private static final class Bounded extends java.io.FilterOutputStream {

		private final long limit;
		private long written;

		Bounded(OutputStream out, long limit) {
			super(out);
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			count(1);
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			count(len);
			out.write(b, off, len);
		}

		private void count(int more) throws IOException {
			written += more;
			if (written > limit) {
				throw new IOException("it would be larger than " + (limit == LARGEST ? "2 GiB" : limit + " bytes") +
					", more than a cache file can be read back from; to keep caches for a study this large, harvest " +
					"its folders apart, each with a cache file of its own (--cache FILE)");
			}
		}
	}
}
