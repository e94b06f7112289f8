// Deposit a dataset folder in the BioImage Archive from an ImageJ macro (Fiji with bia-deposit installed).
// Each step is a menu command under Plugins > BioImage Archive; the macro recorder writes the same run(...) lines.
// In Fiji: open this file and run it; it asks for the parameters below. Headless, with the launcher of a current
// Fiji (fiji-linux-x64 on Linux; ImageJ-linux64 in installs from before the Jaunch launcher):
//   fiji-linux-x64 --headless --run deposit-folder.ijm "folder='/data/study',server='beta',user='me@example.org',passwordfile='/home/me/.bia-password'"
// The password comes from the password file or BIA_PASSWORD, never from the macro's parameters. The macro says
// "Deposited" only when BioStudies has stored the study: this run rewrote the package's receipt.json, and it says
// PROCESSED. Otherwise it stops, saying which step failed; the Log window says why.
#@ File (label = "Dataset folder", style = "directory") folder
#@ String (label = "Server (prod, beta or a URL)", value = "beta") server
#@ String (label = "BioStudies login (e-mail)") user
#@ String (label = "Password file (or set BIA_PASSWORD)", value = "") passwordfile

config = folder + File.separator + "deposit.yaml";
out = folder + "-bia";
submission = out + File.separator + "submission.json";
receipt = out + File.separator + "receipt.json";

if (!File.exists(config)) {
	// First run: write a starter deposit.yaml from the images and stop, so that a person can fill it in.
	run("Create deposit.yaml", "folder=[" + folder + "]");
	if (!File.exists(config)) exit("Create deposit.yaml wrote nothing: see the Log window.");
	print("Wrote " + config + ": fill in the fields marked REQUIRED, then run this macro again.");
	exit();
}

// Every problem goes to the Log window; Package Deposition refuses a deposition with errors.
run("Validate Deposition", "folder=[" + folder + "] config=[" + config + "]");

packagedBefore = lastModified(submission);
run("Package Deposition", "folder=[" + folder + "] config=[" + config + "] out=[" + out + "]");
if (lastModified(submission) == packagedBefore)
	exit("Not deposited: Package Deposition wrote no package to " + out + "; the Log window says what to fix.");

receiptBefore = text(receipt);
run("Upload and Submit", "out=[" + out + "] server=[" + server + "] user=[" + user + "] passwordfile=[" + passwordfile + "] parallel=4");
receiptAfter = text(receipt);
if (receiptAfter == receiptBefore)
	exit("Not deposited: Upload and Submit wrote no new receipt to " + out + "; the Log window says why.");
if (!stored(receiptAfter))
	exit("Not deposited: BioStudies has not stored the study; see " + receipt + " and the Log window.");
print("Deposited as " + value(receiptAfter, "accession") + "; the receipt is " + receipt);

// When the file was last written (milliseconds), or -1 when there is none.
function lastModified(path) {
	if (!File.exists(path)) return -1;
	return File.lastModified(path);
}

// The file's text, or "" when there is none.
function text(path) {
	if (!File.exists(path)) return "";
	return File.openAsString(path);
}

// Whether a receipt says BioStudies stored the study (status PROCESSED or POST_PROCESSED).
function stored(json) {
	status = value(json, "status");
	if (status == "PROCESSED" || status == "POST_PROCESSED") return true;
	return false;
}

// The string value of a top-level key of receipt.json (written by bia-deposit: one "key" : "value" per line).
function value(json, key) {
	lines = split(json, "\n");
	for (i = 0; i < lines.length; i++) {
		line = replace(lines[i], "\\s", "");
		if (startsWith(line, "\"" + key + "\":\"")) {
			start = lengthOf(key) + 4;
			return substring(line, start, lastIndexOf(line, "\""));
		}
	}
	return "";
}
