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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * The load of a harvest cache file, running on a thread of its own while the harvest starts, awaited once; and the
 * reading of the file itself.
 */
final class CacheLoad {

	/** Larger cache files are mapped, not read onto the heap. */
	private static final long MAPPED = 32 << 20;

	private final FutureTask<Void> task;
	private final Path file;

	private CacheLoad(FutureTask<Void> task, Path file) {
		this.task = task;
		this.file = file;
	}

	/** @param start runs the load (on a thread of its own; tests hold it back) */
	static CacheLoad start(Runnable load, Consumer<Runnable> start, Path file) {
		CacheLoad l = new CacheLoad(new FutureTask<>(load, null), file);
		start.accept(l.task);
		return l;
	}

	boolean done() {
		return task.isDone();
	}

	/** Waits until the load is over; an interrupt meanwhile is kept for the caller (the load is short). */
	void await() {
		boolean interrupted = false;
		while (true) {
			try {
				task.get();
				break;
			}
			catch (InterruptedException e) {
				interrupted = true;
			}
			catch (ExecutionException e) {
				if (e.getCause() instanceof Error error) throw error;
				throw new IllegalStateException("loading the harvest cache " + file + " failed", e.getCause());
			}
		}
		if (interrupted) Thread.currentThread().interrupt();
	}

	/**
	 * Reads a cache file and indexes its lines; null, with a warning saying why, when it is not a harvest cache, was
	 * written by another version or for another reader set, or cannot be read.
	 */
	static CacheLines read(Path file, String readers, List<String> warnings) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size > Integer.MAX_VALUE) throw new IOException("it is larger than 2 GiB");
			ByteBuffer data;
			if (size > MAPPED) {
				data = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
			}
			else {
				data = ByteBuffer.allocate((int) size);
				for (int at = 0; at < size; at = data.position()) { // 64 KiB a read: a native buffer that large
					if (channel.read(data.limit((int) Math.min(size, at + (1 << 16)))) < 0) break;
				}
				data.flip();
			}
			int eol = 0;
			while (eol < data.limit() && data.get(eol) != '\n') eol++;
			byte[] first = new byte[Math.min(eol, 200)];
			data.get(0, first);
			String header = new String(first, StandardCharsets.UTF_8);
			if (header.equals(HarvestCache.VERSION + "\t" + readers)) return CacheLines.index(data, eol + 1);
			if (!header.startsWith(HarvestCache.VERSION + "\t")) {
				warnings.add(header.contains(HarvestCache.FORMAT) ? "the harvest cache " + file + " was written by " +
					"another version of bia-deposit and is ignored; this harvest reads every file and writes it anew"
					: "the harvest cache " + file + " could not be read and is ignored: it is not a harvest cache");
			}
		}
		catch (IOException | RuntimeException e) {
			warnings.add("the harvest cache " + file + " could not be read and is ignored: " + e.getMessage() +
				"; this harvest reads every file and writes it anew");
		}
		return null;
	}
}
