// Deposit a dataset folder in the BioImage Archive from an ImageJ macro (Fiji with bia-deposit installed).
// Each step is a menu command under Plugins > BioImage Archive; the macro recorder writes the same lines.
// Headless:  ImageJ-linux64 --headless -macro deposit-folder.ijm "folder=/data/study server=beta user=me@example.org passwordfile=/home/me/.bia-password"
#@ File (label = "Dataset folder", style = "directory") folder
#@ String (label = "Server (prod, beta or a URL)", value = "beta") server
#@ String (label = "BioStudies login (e-mail)") user
#@ String (label = "Password file (or set BIA_PASSWORD)", value = "") passwordfile

config = folder + File.separator + "deposit.yaml";
out = folder + "-bia";

if (!File.exists(config)) {
	// First run: write a starter deposit.yaml from the images and stop, so that a person can fill it in.
	run("Create deposit.yaml", "folder=[" + folder + "]");
	print("Wrote " + config + ": fill in the fields marked REQUIRED, then run this macro again.");
	exit();
}

run("Validate Deposition", "folder=[" + folder + "] config=[" + config + "]");
run("Package Deposition", "folder=[" + folder + "] config=[" + config + "] out=[" + out + "]");
run("Upload and Submit", "out=[" + out + "] server=[" + server + "] user=[" + user + "] passwordfile=[" + passwordfile + "] parallel=4");
print("Deposited; the receipt is " + out + File.separator + "receipt.json");
