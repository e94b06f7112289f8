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
package org.biadeposit.biostudies;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.biadeposit.Amounts;
import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.biadeposit.ProgressMeter;

/**
 * The user-folder side of a deposit: what is there already (only the folders the plan uses), the folders to make,
 * and the files sent, several at a time.
 */
final class FileTransfer {

	private final UploadArea area;
	private final String server;
	private final int parallel;
	private final boolean md5;
	private final ProgressListener say;

	/**
	 * @param server the API's URL, for the upload record
	 * @param md5 whether to compute MD5 as well as SHA-256 while sending
	 */
	FileTransfer(UploadArea area, String server, int parallel, boolean md5, ProgressListener say) {
		this.area = area;
		this.server = server;
		this.parallel = parallel;
		this.md5 = md5;
		this.say = say;
	}

	/**
	 * The sizes of the plan's files already in the user folder (and the folders that exist, with size -1). Lists only
	 * the folders the plan uses, not the whole user folder, which may hold other studies.
	 */
	static Map<String, Long> onServer(UploadArea area, List<PlannedFile> files) throws IOException {
		Set<String> needed = folders(files);
		Map<String, Long> there = new HashMap<>();
		List<String> queue = new ArrayList<>(List.of(""));
		while (!queue.isEmpty()) {
			String dir = queue.remove(queue.size() - 1);
			for (UserFile f : area.list(dir)) {
				if (f.directory()) {
					if (needed.contains(f.path())) {
						there.put(f.path(), -1L);
						queue.add(f.path());
					}
				}
				else {
					there.put(f.path(), f.size());
				}
			}
		}
		return there;
	}

	/** Every folder the files go in, with its parents. */
	private static Set<String> folders(List<PlannedFile> files) {
		Set<String> folders = new TreeSet<>();
		for (PlannedFile f : files) {
			String p = f.remote();
			for (int slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
				folders.add(p.substring(0, slash));
			}
		}
		return folders;
	}

	void createFolders(List<PlannedFile> send, Set<String> existing) throws IOException {
		List<String> missing = folders(send).stream().filter(f -> !existing.contains(f))
			.sorted(Comparator.comparingInt((String f) -> f.split("/").length).thenComparing(f -> f)).toList();
		for (String f : missing) {
			int slash = f.lastIndexOf('/');
			area.createFolder(slash < 0 ? "" : f.substring(0, slash), f.substring(slash + 1));
		}
	}

	/**
	 * Sends the files, data first and File-lists last, {@link #parallel} at a time; stops all at the first failure. A
	 * file of which part is on the server ({@code onServer}) is resumed where the route can.
	 */
	void upload(List<PlannedFile> send, Map<String, Long> onServer, UploadJournal journal,
		Map<String, Receipt.File> done) throws IOException
	{
		if (send.isEmpty()) {
			say.message("nothing to send: every file is already on the server");
			return;
		}
		long bytes = send.stream().mapToLong(PlannedFile::size).sum();
		say.message("sending " + send.size() + (send.size() == 1 ? " file (" : " files (") + Amounts.bytes(bytes) +
			") by " + area.route() + (parallel > 1 && send.size() > 1 ? ", " + Math.min(parallel, send.size()) + " at a time" : ""));
		ProgressMeter meter = ProgressMeter.bytes(Progress.Step.UPLOAD, bytes, send.size(), say);
		List<PlannedFile> data = send.stream().filter(f -> !f.fileList()).toList();
		List<PlannedFile> lists = send.stream().filter(PlannedFile::fileList).toList();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, send.size()), threads());
		ExecutorCompletionService<Receipt.File> finished = new ExecutorCompletionService<>(pool);
		AtomicInteger sent = new AtomicInteger();
		try {
			for (List<PlannedFile> batch : List.of(data, lists)) {
				for (PlannedFile f : batch) {
					finished.submit(() -> {
						long there = onServer.getOrDefault(f.remote(), 0L);
						Checksums c = (there > 0 && there < f.size() ? area.resume(f.item().local(), f.remote(), there,
							meter, md5) : area.send(f.item().local(), f.remote(), meter, md5)).checksums();
						if (c.size() != f.size()) {
							throw new BioStudiesException(f.item().local() + " changed while it was being sent");
						}
						Instant uploaded = Instant.now();
						journal.record(new UploadJournal.Entry(server, f.remote(),
							f.item().local().toString(), f.size(), f.modified(), c, uploaded));
						meter.fileDone(f.remote());
						sent.incrementAndGet();
						return f.receiptFile(c, FileState.SENT, uploaded);
					});
				}
				for (int i = 0; i < batch.size(); i++) { // in the order they finish: a failure stops the rest at once
					Receipt.File f = finished.take().get();
					done.put(f.remote(), f);
				}
			}
			meter.finish();
		}
		catch (ExecutionException e) {
			pool.shutdownNow();
			Throwable cause = e.getCause();
			say.message("sent " + sent.get() + " of " + send.size() + " files before stopping; run again to send " +
				"the rest");
			if (cause instanceof IOException io) throw io;
			if (cause instanceof RuntimeException re) throw re;
			throw new IOException(cause);
		}
		catch (InterruptedException e) {
			pool.shutdownNow();
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while sending files");
		}
		finally {
			pool.shutdownNow();
			try {
				pool.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static ThreadFactory threads() {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, "bia-upload-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}
}
