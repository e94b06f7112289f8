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
import java.util.List;

import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.yaml.DepositYamlLines;

/**
 * Where the validator's problems are: a key path in deposit.yaml with the line of the key
 * ({@code deposit.yaml:3 study.title}, {@code deposit.yaml:8 biosamples."WT embryos".organism}, list items numbered
 * from 1 as a person counts: {@code deposit.yaml:14 study.authors[2].orcid}; a value that is absent at the line of
 * its parent key), or a File-list row ({@code File-list cells row 4 (cells/a.tif)}). A deposition not read from a
 * file has no lines: {@code deposit.yaml study.title}. The keys are those of deposit.yaml (bia-agent's, see
 * {@code DepositYamlStarter}); they are all written here.
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

	private final DepositYamlLines lines;

	Places(Deposition d) {
		Path config;
		try {
			config = d == null ? null : d.config();
		}
		catch (RuntimeException e) {
			config = null;
		}
		lines = DepositYamlLines.of(config, DEFAULT_CONFIG);
	}

	/** A place in deposit.yaml, a key path as {@link Place#keys(String)} reads it: {@code deposit.yaml:3 study.title}. */
	Place yaml(String keyPath) {
		return lines.place(keyPath);
	}

	/** The name deposit.yaml goes by in messages. */
	String config() {
		return lines.config();
	}

	/** deposit.yaml as a whole. */
	Place file() {
		return Place.config(lines.config());
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
		return Place.path(List.of(k));
	}

	/** A row of a File-list, numbered from 1 after the header: {@code File-list cells row 4 (cells/a.tif)}. */
	static Place row(String list, int index, String path) {
		return Place.fileListRow(list, index + 1, path);
	}

	/** A column of a File-list, numbered from 1 with Files as column 1: {@code File-list cells column 3 ("Dose")}. */
	static Place column(String list, int index, String name) {
		return Place.fileListColumn(list, index + 2, name);
	}

	/** A file or folder of the dataset, or the dataset folder. */
	static Place file(String path) {
		return Place.datasetFile(path);
	}
}
