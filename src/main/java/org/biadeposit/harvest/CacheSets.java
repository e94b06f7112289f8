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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How a {@link HarvestCache} remembers a multi-file dataset (a companion OME-TIFF set, an ICS/IDS pair): one entry,
 * the head, holds the result and the state of every other file of the set, and each other file's entry only names
 * the head. A set of n files is n entries of one file each and one of n, not n entries of n files each (a
 * light-sheet stack saved a plane a file, 10,000 planes, would be gigabytes of cache and n x n looks at files).
 * When the walk meets the files of a set, the head is looked at once for all of them.
 */
final class CacheSets {

	/** How many heads looked at lately are remembered: a study of a million small sets holds no more. */
	static final int HEADS = 64;
	private static final Object CHANGED = new Object();

	/** A set's result, and its files to look a member up in. */
	private record Head(HarvestedFile result, Set<Path> used) {}

	/** Heads looked at lately, by path: a {@link Head}, or {@link #CHANGED}. */
	private final Map<String, Object> heads = Collections.synchronizedMap(new LinkedHashMap<>(HEADS, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
			return size() > HEADS;
		}
	});

	/**
	 * The entries that remember a dataset read through {@code path}, one per state, the heads first (a reading thread
	 * that meets a member's entry as they are stored then finds its head's). The head is the dataset's own file's when
	 * it is among the states, else the file read's; and the file read has an entry of its own (a second head) when
	 * the dataset does not use it, since the set's head would not answer for it.
	 *
	 * @param states every file's state, the file read first
	 * @param used every file of the dataset, or null when that is the file alone
	 */
	static List<HarvestCache.Entry> entries(Path path, List<FileState> states, HarvestedFile result,
		List<String> used, CacheTexts.Body records, String own)
	{
		String datasetPath = result.path() == null ? null : result.path().toString();
		int head = 0;
		for (int i = 1; i < states.size(); i++) if (states.get(i).path().equals(datasetPath)) head = i;
		boolean readIsUsed = result.usedFiles().contains(path);
		List<HarvestCache.Entry> out = new ArrayList<>(states.size()), members = new ArrayList<>(states.size());
		for (int i = 0; i < states.size(); i++) {
			FileState s = states.get(i);
			if (i != head && (i > 0 || readIsUsed)) {
				members.add(HarvestCache.Entry.member(s, states.get(head).path()));
				continue;
			}
			List<FileState> parts = new ArrayList<>(states);
			parts.remove(i);
			// the head's parts are files the dataset uses: the file read is one of them only when it uses it
			if (i > 0 && !readIsUsed) parts.remove(0);
			out.add(new HarvestCache.Entry(s.path(), s.size(), s.modified(), parts.isEmpty() ? null : parts, s.path()
				.equals(datasetPath) ? null : datasetPath, result.format(), used, result.error(), records, own));
		}
		out.addAll(members);
		return out;
	}

	/**
	 * The result of the set a file belongs to, from the entry of its head, looked at once for all the files of the
	 * set met close together; null when the set changed or no longer holds {@code member}.
	 *
	 * @param look the result of the head's own entry, if it and every file it holds are unchanged, else null
	 */
	HarvestedFile member(String head, Path member, Function<Path, HarvestedFile> look) {
		Object known = heads.get(head);
		if (known == null) {
			HarvestedFile whole = look.apply(Path.of(head));
			known = whole == null ? CHANGED : new Head(whole, new HashSet<>(whole.usedFiles()));
			heads.put(head, known);
		}
		return known instanceof Head h && h.used.contains(member) ? h.result : null;
	}

	/** A set stored anew: its head is looked at again. */
	void stored(String head) {
		heads.remove(head);
	}

	/** The cache file was read again. */
	void clear() {
		heads.clear();
	}
}
