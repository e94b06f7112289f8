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
package org.biadeposit.rembi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.HarvestedFile;

/**
 * The images of a dataset that are made of several files, each with every file it needs: a companion OME-TIFF set
 * (its {@code .companion.ome} and each TIFF), an ICS/IDS pair, a Zarr store (every file under its folder, hidden
 * ones such as {@code .zattrs} too). Each is named as the {@code Multi-file image} column names it: by its metadata
 * file, or by its folder for a Zarr store. All of an image's files are deposited, or it cannot be opened.
 *
 * @param members each image's files by its name, paths relative to the dataset folder, in path order
 */
public record MultiFileImages(Map<String, List<String>> members) {

	/** A deposition with no multi-file image. */
	public static final MultiFileImages NONE = new MultiFileImages(Map.of());

	public MultiFileImages {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		members.forEach((name, files) -> copy.put(name, List.copyOf(files)));
		members = Collections.unmodifiableMap(copy);
	}

	/**
	 * The multi-file images of a harvested dataset folder.
	 *
	 * @param root the dataset folder
	 * @param harvested what the harvest gave
	 * @param files every file the walk of the folder listed (a Zarr store's files are among them)
	 */
	public static MultiFileImages of(Path root, List<HarvestedFile> harvested, List<DatasetFile> files) {
		Path base = root.toAbsolutePath().normalize();
		Map<String, List<String>> out = new LinkedHashMap<>();
		List<String> stores = new ArrayList<>();
		for (HarvestedFile h : harvested) {
			if (h.records().isEmpty() || h.path() == null || !h.path().startsWith(base) || h.path().equals(base)) {
				continue;
			}
			String name = DatasetFile.relative(base, h.path());
			if (!listedFile(files, name) && Files.isDirectory(h.path())) {
				stores.add(name);
				out.put(name, new ArrayList<>());
			}
			else if (h.usedFiles().size() > 1) {
				List<String> parts = new ArrayList<>();
				for (Path part : h.usedFiles()) {
					if (part.startsWith(base)) parts.add(DatasetFile.relative(base, part));
				}
				if (!parts.contains(name)) parts.add(name);
				parts.sort(null);
				out.put(name, parts);
			}
		}
		if (!stores.isEmpty()) {
			Set<String> folders = new HashSet<>(stores);
			for (DatasetFile f : files) {
				String store = storeOf(folders, f.path());
				if (store != null) out.get(store).add(f.path());
			}
		}
		return new MultiFileImages(out);
	}

	/**
	 * Whether the walk listed the path as a file, so that it is no folder, found without a look at the disk. The
	 * walk lists files in path order; in a list in another order this may miss one, which only costs that look.
	 */
	private static boolean listedFile(List<DatasetFile> files, String path) {
		int lo = 0, hi = files.size() - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			int c = files.get(mid).path().compareTo(path);
			if (c == 0) return true;
			if (c < 0) lo = mid + 1;
			else hi = mid - 1;
		}
		return false;
	}

	/** The store whose folder holds a path (stores do not nest: the walk reads a store as one), or null. */
	private static String storeOf(Set<String> stores, String path) {
		for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
			String folder = path.substring(0, slash);
			if (stores.contains(folder)) return folder;
		}
		return null;
	}

	/**
	 * The files of these images that are not among the files given (a hidden TIFF of a companion set, which a walk
	 * of the folder does not list), with their sizes; those that cannot be found are left out.
	 */
	public List<DatasetFile> notAmong(Path root, List<DatasetFile> files) {
		Set<String> known = new HashSet<>();
		for (DatasetFile f : files) known.add(f.path());
		Path base = root.toAbsolutePath().normalize();
		List<DatasetFile> out = new ArrayList<>();
		for (List<String> parts : members.values()) {
			for (String part : parts) {
				if (!known.add(part)) continue;
				try {
					Path file = base.resolve(part);
					if (Files.isRegularFile(file)) out.add(new DatasetFile(part, Files.size(file)));
				}
				catch (IOException e) {
					// a part that cannot be read is the harvest's to report, not the listing's
				}
			}
		}
		return out;
	}
}
