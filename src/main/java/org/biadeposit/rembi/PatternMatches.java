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

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A selection's path pattern matched against the paths of its files, from the dataset root or from one of its
 * folders. Where the folder alone decides the match ({@link PathPattern#byFolder}), files met one after the other in
 * one folder are matched once: the files of a list come in path order, a folder's together. Safe for several
 * threads (the last folder's match is held as one value).
 */
final class PatternMatches {

	private final PathPattern pattern;
	private final List<String> prefixes;
	private volatile Last last;

	/** The values matched for the files of one folder (its path up to and including its last /). */
	private record Last(String folder, Map<String, String> values) {}

	/** @param folders the selection's folders, from which the pattern is matched too */
	PatternMatches(PathPattern pattern, List<String> folders) {
		this.pattern = pattern;
		this.prefixes = folders.stream().map(PatternMatches::prefix).toList();
	}

	private static String prefix(String folder) {
		int end = folder.length();
		while (end > 0 && folder.charAt(end - 1) == '/') end--;
		return folder.substring(0, end) + "/";
	}

	PathPattern pattern() {
		return pattern;
	}

	/** The values of the pattern's columns for a path (not to be changed), or null when it does not match. */
	Map<String, String> match(String path) {
		int slash = path.lastIndexOf('/');
		if (!pattern.byFolder() || slash < 0) return anywhere(path);
		Last known = last;
		if (known != null && known.folder().length() == slash + 1 && path.startsWith(known.folder())) {
			return known.values();
		}
		Map<String, String> values = anywhere(path);
		last = new Last(path.substring(0, slash + 1), values);
		return values;
	}

	/** Matches the pattern against the path from the root, or from one of the selection's folders. */
	private Map<String, String> anywhere(String path) {
		Map<String, String> m = pattern.match(path);
		for (int f = 0; m == null && f < prefixes.size(); f++) {
			if (path.startsWith(prefixes.get(f))) m = pattern.match(path.substring(prefixes.get(f).length()));
		}
		return m == null ? null : Collections.unmodifiableMap(m);
	}
}
