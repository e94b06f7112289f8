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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.biadeposit.ProgressMeter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every route into the user folder must do, against real servers on loopback (the sandbox's HTTP API and FTP
 * endpoint over the same folders, and Debian's vsftpd), the way n5's backends share one key-value test: list with
 * sizes, make folders, send with progress, resume a cut-off file; what a route sends shows in the server's listing
 * (the API's, where the submission finds it) with the right size. A route is tested by a subclass that starts its
 * server ({@link #startServer}), opens the route ({@link #open}) and cuts its next upload off
 * ({@link #cutNextUpload}).
 */
abstract class UploadAreaConformance {

	@TempDir
	Path tmp;

	UploadArea area;

	/** Starts the server the route goes to (in {@link #tmp}). */
	abstract void startServer() throws IOException;

	/** Stops it (also when it did not start completely). */
	abstract void stopServer();

	/** The route under test, to the server started. */
	abstract UploadArea open() throws IOException;

	/** Makes the server cut the route's next upload off after {@code bytes} bytes (on vsftpd: at least that many). */
	abstract void cutNextUpload(long bytes);

	/** How many uploads the server has cut off so far. */
	abstract int uploadsCut();

	/** Whether the route sends only the missing bytes of a cut-off file (else it sends the whole file again). */
	abstract boolean appends();

	/** Whether the server cuts an upload off at exactly the bytes asked for (vsftpd is cut by killing its session). */
	boolean cutsExactly() {
		return true;
	}

	/**
	 * How large the file is that {@link #resumesAFileCutOff} sends and has cut off after 100,000 bytes: large enough
	 * that a server which cuts it from outside (vsftpd, killed by a thread that watches the file grow) does so before
	 * the upload is over, even on a busy machine.
	 */
	int cutFileSize() {
		return 300_000;
	}

	/** Where the server keeps a file of the user folder, on this computer. */
	abstract Path onServer(String remote);

	/** The listing the submission finds files by (the API's): name → size (-1 for a folder). */
	abstract Map<String, Long> apiListing(String folder) throws IOException;

	@BeforeEach
	void start() throws IOException {
		startServer();
		area = open();
	}

	@AfterEach
	void stop() {
		if (area != null) area.close();
		stopServer();
	}

	Path local(String name, int size) throws IOException {
		byte[] b = new byte[size];
		new Random(size + name.hashCode()).nextBytes(b);
		return Files.write(tmp.resolve(name), b);
	}

	static ProgressMeter meter(long bytes, List<Long> seen) {
		return ProgressMeter.bytes(Progress.Step.UPLOAD, bytes, 1, new ProgressListener() {

			@Override
			public void progress(Progress p) {
				seen.add(p.done());
			}
		});
	}

	/** A listing as {@link #apiListing} gives it. */
	static Map<String, Long> sizes(List<UserFile> files) {
		return files.stream().collect(Collectors.toMap(UserFile::name, f -> f.directory() ? -1 : f.size()));
	}

	@Test
	void makesFoldersAndListsThem() throws IOException {
		area.createFolder("", "images");
		area.createFolder("images", "day 1");
		area.createFolder("images", "day 1"); // already there: no failure
		List<UserFile> root = area.list("");
		assertEquals(List.of(new UserFile("images", root.get(0).size(), true)), root);
		List<UserFile> images = area.list("images");
		assertEquals(1, images.size(), images.toString());
		assertEquals("images/day 1", images.get(0).path());
		assertTrue(images.get(0).directory());
		assertTrue(Files.isDirectory(onServer("images/day 1")));
		assertEquals(Map.of("day 1", -1L), apiListing("images"));
	}

	@Test
	void sendsAFileWithItsDigestsAndProgress() throws IOException {
		Path file = local("a.tif", 300_000);
		area.createFolder("", "images");
		List<Long> seen = new ArrayList<>();
		ProgressMeter meter = meter(300_000, seen);
		UploadArea.Sent sent = area.send(file, "images/a.tif", meter, true);
		assertEquals(Checksums.of(file, true), sent.checksums());
		assertEquals(300_000, sent.transferred());
		assertEquals(300_000, meter.bytesDone());
		assertFalse(seen.isEmpty(), "progress was reported");
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(onServer("images/a.tif")));
		assertEquals(List.of(new UserFile("images/a.tif", 300_000, false)), area.list("images"));
		assertEquals(Map.of("a.tif", 300_000L), apiListing("images"));

		Path smaller = local("b.tif", 1_000); // replaces the file of the same path
		area.send(smaller, "images/a.tif", meter(1_000, seen), false);
		assertArrayEquals(Files.readAllBytes(smaller), Files.readAllBytes(onServer("images/a.tif")));
		assertEquals(Map.of("a.tif", 1_000L), apiListing("images"));
	}

	@Test
	void resumesAFileCutOff() throws IOException {
		int size = cutFileSize();
		Path file = local("big.tif", size);
		cutNextUpload(100_000);
		List<Long> seen = new ArrayList<>();
		ProgressMeter first = meter(size, seen);
		boolean failed = false;
		try {
			area.send(file, "big.tif", first, false);
		}
		catch (IOException e) {
			failed = true;
		}
		assertEquals(1, uploadsCut(), "the upload was cut off");
		// A route may retry on its own (OkHttp sends a re-sendable body again at once); one that appends must not.
		assertTrue(failed || !appends(), "the send failed");
		assertEquals(failed ? 0 : size, first.bytesDone(), "the bytes of a failed attempt are taken back");
		long there = area.list("").stream().filter(f -> f.path().equals("big.tif")).mapToLong(UserFile::size)
			.findFirst().orElse(0);
		assertEquals(there, apiListing("").getOrDefault("big.tif", 0L), "the API lists what the route sees");
		if (appends() && cutsExactly()) assertEquals(100_000, there);
		if (appends()) assertTrue(there >= 100_000 && there < size, there + " bytes are there");

		ProgressMeter meter = meter(size, seen);
		UploadArea.Sent sent = area.resume(file, "big.tif", there, meter, false);
		assertEquals(appends() ? size - there : size, sent.transferred(), "only the missing bytes are sent");
		assertEquals(Checksums.of(file, false), sent.checksums(), "the digests are the whole file's");
		assertEquals(size, meter.bytesDone());
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(onServer("big.tif")));
		assertEquals(Map.of("big.tif", (long) size), apiListing(""));
	}

	@Test
	void aPartialFileThatIsNotTheLocalOnesStartIsSentWhole() throws IOException {
		Path other = local("other.tif", 20_000), file = local("big.tif", 150_000);
		area.send(other, "big.tif", meter(20_000, new ArrayList<>()), false);
		UploadArea.Sent sent = area.resume(file, "big.tif", 20_000, meter(150_000, new ArrayList<>()),
			false);
		assertEquals(150_000, sent.transferred());
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(onServer("big.tif")));
		assertEquals(Map.of("big.tif", 150_000L), apiListing(""));
	}

	static long bytes(List<UploadArea.Outgoing> files) throws IOException {
		long total = 0;
		for (UploadArea.Outgoing f : files) total += Files.size(f.local());
		return total;
	}

	/** Each file handed over once, with the whole file's digests, and on the server byte for byte. */
	void assertArrived(List<UploadArea.Outgoing> files, Map<String, UploadArea.Sent> arrived, boolean md5)
		throws IOException
	{
		Map<String, Map<String, Long>> listings = new HashMap<>();
		for (UploadArea.Outgoing f : files) {
			UploadArea.Sent sent = arrived.get(f.remote());
			assertEquals(Checksums.of(f.local(), md5), sent.checksums(), f.remote());
			// a route that appends (Aspera's ascp -k 1 always does) may send only what a cut-off attempt left out
			if (appends() && sent.transferred() < Files.size(f.local())) assertTrue(sent.transferred() > 0, f.remote());
			else assertEquals(Files.size(f.local()), sent.transferred(), f.remote());
			assertEquals(-1L, Files.mismatch(f.local(), onServer(f.remote())), f.remote() + " arrived byte for byte");
			int slash = f.remote().lastIndexOf('/');
			String folder = slash < 0 ? "" : f.remote().substring(0, slash);
			if (!listings.containsKey(folder)) listings.put(folder, apiListing(folder));
			assertEquals(Files.size(f.local()), listings.get(folder).get(f.remote().substring(slash + 1)),
				"the API lists " + f.remote() + " with its size");
		}
	}

	/** Hands each file over once, and remembers it. */
	static UploadArea.Arrivals into(Map<String, UploadArea.Sent> arrived) {
		return (f, sent) -> assertEquals(null, arrived.put(f.remote(), sent), f.remote() + " handed over twice");
	}

	@Test
	void sendsABatchOfSmallAndLargeFilesEachWithItsDigests() throws IOException {
		area.createFolder("", "a");
		area.createFolder("a", "b");
		List<UploadArea.Outgoing> batch = List.of(new UploadArea.Outgoing(local("1.bin", 10_000), "a/1.bin"),
			new UploadArea.Outgoing(local("2.bin", 1_500_000), "a/2.bin"), // above the 1 MiB of a small file
			new UploadArea.Outgoing(local("3.bin", 1), "a/b/3.bin"),
			new UploadArea.Outgoing(local("4.bin", 20_000), "4.bin"),
			new UploadArea.Outgoing(local("5.bin", 30_000), "a/5.bin"));
		List<Long> seen = new ArrayList<>();
		ProgressMeter meter = meter(bytes(batch), seen);
		Map<String, UploadArea.Sent> arrived = Collections.synchronizedMap(new LinkedHashMap<>());
		area.sendBatch(batch, meter, true, into(arrived));
		assertEquals(5, arrived.size(), arrived.toString());
		assertArrived(batch, arrived, true);
		assertEquals(bytes(batch), meter.bytesDone());
		assertFalse(seen.isEmpty(), "progress was reported");
		assertEquals(Map.of("1.bin", 10_000L, "2.bin", 1_500_000L, "5.bin", 30_000L, "b", -1L), apiListing("a"));
	}

	/**
	 * A batch cut off by the server part way (after its first file was handed over): only files that arrived whole
	 * are handed over and counted, and sending the rest afterwards completes it.
	 */
	@Test
	void aBatchCutOffPartWayHandsOverOnlyWhatArrived() throws IOException {
		area.createFolder("", "a");
		area.createFolder("", "b");
		List<UploadArea.Outgoing> batch = List.of(new UploadArea.Outgoing(local("1.bin", 50_000), "a/1.bin"),
			// over 64 KiB, so that vsftpd's rate limit (which lets a first 64 KiB through) holds it long enough for
			// the cut to land inside it
			new UploadArea.Outgoing(local("2.bin", 160_000), "a/2.bin"),
			new UploadArea.Outgoing(local("3.bin", 200_000), "b/3.bin"),
			new UploadArea.Outgoing(local("4.bin", 70_000), "b/4.bin"));
		ProgressMeter meter = meter(bytes(batch), new ArrayList<>());
		Map<String, UploadArea.Sent> arrived = Collections.synchronizedMap(new LinkedHashMap<>());
		UploadArea.Arrivals remember = into(arrived);
		boolean failed = false;
		try {
			area.sendBatch(batch, meter, false, (f, sent) -> {
				if (arrived.isEmpty()) cutNextUpload(30_000);
				remember.arrived(f, sent);
			});
		}
		catch (IOException e) {
			failed = true;
		}
		assertEquals(1, uploadsCut(), "the batch was cut off");
		assertTrue(failed || !appends(), "the batch failed");
		assertFalse(arrived.isEmpty());
		if (failed) assertTrue(arrived.size() < batch.size(), arrived.toString());
		List<UploadArea.Outgoing> there = batch.stream().filter(f -> arrived.containsKey(f.remote())).toList();
		assertArrived(there, arrived, false);
		assertEquals(bytes(there), meter.bytesDone(), "only the bytes of files that arrived are counted");

		List<UploadArea.Outgoing> rest = batch.stream().filter(f -> !arrived.containsKey(f.remote())).toList();
		area.sendBatch(rest, meter, false, remember);
		assertArrived(batch, arrived, false);
		assertEquals(bytes(batch), meter.bytesDone());
	}
}
