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
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;

/**
 * Harvests one file or dataset folder: tries the readers in priority order and maps what the first one that can
 * read the file found. Never throws on bad input: a broken file gives a {@link HarvestedFile} with an error.
 */
public final class Harvester {

	private final List<MetadataReader> readers;

	/** @param readers in priority order, highest first */
	public Harvester(List<MetadataReader> readers) {
		this.readers = List.copyOf(readers);
	}

	public List<MetadataReader> readers() {
		return readers;
	}

	/**
	 * Whether a folder is itself one dataset (an OME-Zarr store) for some reader. A reader that fails to say (a
	 * library of another version than the one it was built with: Bio-Formats beside a Fiji's own jars) does not take
	 * it: the folder is walked, and its files get error lines of their own instead of the whole run stopping.
	 */
	public boolean isDataset(Path dir) {
		FileProbe probe = new FileProbe(dir);
		for (MetadataReader r : readers) {
			try {
				if (r.accepts(probe)) return true;
			}
			catch (RuntimeException | LinkageError e) {
				// not this reader's, then
			}
		}
		return false;
	}

	/** Whether a real Bio-Formats reader is among the readers (the cache keeps results with and without apart). */
	public boolean hasBioFormats() {
		return readers.stream().anyMatch(r -> r instanceof BioFormatsBridge && r.isAvailable());
	}

	/**
	 * Harvests a file or dataset folder. The result's paths are absolute; its display name is left unset. The first
	 * reader that accepts the file and does not find it to be another format decides: its records or its error.
	 *
	 * @return the records, an error, or {@link HarvestedFile#notAnImage()} when no reader claims the file
	 */
	public HarvestedFile harvest(FileProbe probe) {
		Path path = probe.path().toAbsolutePath().normalize();
		PathReach.Reached reached = PathReach.anywhere().of(probe.path());
		if (reached.problem() != null) return HarvestedFile.failed(path, reached.problem());
		if (!reached.folder() && reached.size() == 0) {
			boolean claimed = readers.stream().anyMatch(r -> r.accepts(probe));
			return claimed || hasImageSuffix(probe) ? HarvestedFile.failed(path,
				"the file is empty (0 bytes): copy it again from the original") : HarvestedFile.unclaimed(path);
		}
		for (MetadataReader reader : readers) {
			try {
				if (!reader.accepts(probe)) continue;
				OmeMetadata found = reader.read(probe);
				Path primary = found.primaryFile().toAbsolutePath().normalize();
				List<ImageRecord> records = ImageRecordMapper.toRecords(found, primary.toString());
				return new HarvestedFile(null, primary, found.format(), records, found.usedFiles().stream().map(
					p -> p.toAbsolutePath().normalize()).toList(), null);
			}
			catch (NotThisFormatException e) {
				// the next reader may know it
			}
			catch (UnreadableImageException e) {
				// The file is this reader's format but broken: a more lenient reader would only hide that.
				return HarvestedFile.failed(path, e.getMessage());
			}
			catch (AccessDeniedException e) {
				return HarvestedFile.failed(path, "permission denied: bia-deposit may not read this file");
			}
			catch (IOException e) {
				return HarvestedFile.failed(path, "cannot read the file: " + (e.getMessage() == null ? "input/output " +
					"error" : e.getMessage()));
			}
			catch (LinkageError e) {
				// Bio-Formats run against other versions of its libraries than it was built with (a Fiji folder's)
				return HarvestedFile.failed(path, "the " + reader.format() + " reader could not run: its libraries " +
					"do not match (" + e.getMessage() + "); with --fiji, use that Fiji's own Bio-Formats, updated");
			}
			catch (RuntimeException e) {
				// A reader bug must not stop the harvest of a whole folder; say which reader failed and how.
				return HarvestedFile.failed(path, "the " + reader.format() + " reader failed on this file (" + e +
					"); please report it with the file");
			}
		}
		if (hasImageSuffix(probe)) {
			return HarvestedFile.failed(path, "the file is named like an image but its content is not a format " +
				"bia-deposit can read (is it damaged or misnamed?)");
		}
		return HarvestedFile.unclaimed(path);
	}

	private static boolean hasImageSuffix(FileProbe probe) {
		return probe.nameEndsWith(".tif", ".tiff", ".btf", ".ome.xml", ".ome", ".zarr") || BioFormatsBridge
			.vendorFormat(probe) != null;
	}
}
