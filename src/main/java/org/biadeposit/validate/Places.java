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
package org.biadeposit.validate;

import java.nio.file.Path;

import org.biadeposit.rembi.Deposition;

/**
 * How a problem says where it is: a key path in deposit.yaml ({@code deposit.yaml study.title},
 * {@code deposit.yaml biosamples."WT embryos".organism}, list items numbered from 1 as a person counts:
 * {@code deposit.yaml study.authors[2].orcid}), or a File-list row ({@code File-list cells row 4 (cells/a.tif)}).
 * The keys are those of deposit.yaml (bia-agent's, see {@code DepositYamlStarter}); they are all written here.
 */
final class Places {

	static final String DEFAULT_CONFIG = "deposit.yaml";

	static final String STUDY = "study";
	static final String BIOSAMPLES = "biosamples";
	static final String SPECIMENS = "specimens";
	static final String ACQUISITIONS = "acquisitions";
	static final String ANALYSES = "analysis";
	static final String CORRELATIONS = "correlations";
	static final String COMPONENTS = "study_component";
	static final String ANNOTATIONS = "annotations";

	private final String file;

	Places(Deposition d) {
		String name = null;
		try {
			Path config = d == null ? null : d.config();
			Path fileName = config == null ? null : config.getFileName();
			name = fileName == null ? null : fileName.toString();
		}
		catch (RuntimeException e) {
			name = null;
		}
		file = name == null || name.isBlank() ? DEFAULT_CONFIG : name;
	}

	/** A place in deposit.yaml: {@code deposit.yaml study.title}. */
	String yaml(String keyPath) {
		return file + " " + keyPath;
	}

	/** The name deposit.yaml goes by in messages. */
	String config() {
		return file;
	}

	/**
	 * An entry of a section that maps titles to modules: {@code biosamples."WT embryos"}, or by position
	 * ({@code biosamples[2]}) when it has no title.
	 */
	static String entry(String section, String title, int index) {
		return Text.isBlank(title) ? section + "[" + (index + 1) + "]" : section + "." + key(title);
	}

	/** A key as written in a path: plain if it is a simple name, else double-quoted. */
	static String key(String k) {
		return k.matches("[A-Za-z0-9_-]+") ? k : "\"" + k.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** A row of a File-list, numbered from 1 after the header: {@code File-list cells row 4 (cells/a.tif)}. */
	static String row(String list, int index, String path) {
		return "File-list " + list + " row " + (index + 1) + " (" + (Text.isBlank(path) ? "no path" : path) + ")";
	}

	/** A column of a File-list, numbered from 1 with Files as column 1: {@code File-list cells column 3 ("Dose")}. */
	static String column(String list, int index, String name) {
		return "File-list " + list + " column " + (index + 2) + (name == null ? "" : " (\"" + name + "\")");
	}
}
