#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""scripts/check-layers, over planted trees: a clean tree passes, every kind of violation fails
with its file, line and rule, a pending exception is tolerated only while it still occurs."""

import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "scripts" / "check-layers"
RULES = ROOT / "src" / "layers.json"

# A miniature Qt include directory: which module ships which header.
QT_HEADERS = {
    "QtCore": ["QObject", "QString"],
    "QtGui": ["QIcon", "QAction"],
    "QtWidgets": ["QLabel", "QWidget", "QApplication"],
    "QtNetwork": ["QTcpSocket"],
    "QtWebSockets": ["QWebSocket"],
    "QtSql": ["QSqlDatabase"],
}

# One file per part, each including only what its part may.
CLEAN_TREE = {
    "core/Bytes.h": ['<QString>', '<vector>', '"core/Hex.h"'],
    "core/Hex.h": [],
    "seismic/TxSeismic.h": ['"core/Bytes.h"', '"seismic/Crypto.h"'],
    "seismic/Crypto.h": [],
    "rpc/EthApi.h": ['"core/Bytes.h"', '<QTcpSocket>', '<QWebSocket>'],
    "client/WalletClient.h": ['"rpc/EthApi.h"', '"seismic/TxSeismic.h"', '"core/Bytes.h"'],
    "cli/Main.cpp": ['"client/WalletClient.h"', '"rpc/EthApi.h"'],
    "app/model/WalletModel.h": ['"client/WalletClient.h"', '<QIcon>', '<QAction>', '<QObject>'],
    "app/service/SendService.cpp": ['"app/model/WalletModel.h"', '"app/AppContext.h"'],
    "app/AppContext.h": ['"app/model/WalletModel.h"'],
    "app/view/MainWindow.cpp": ['"app/view/MainWindow.h"', '"app/model/WalletModel.h"',
                                '"ui_MainWindow.h"', '<QLabel>', '<QtWidgets/QWidget>'],
    "app/view/MainWindow.h": ['<QWidget>'],
    "app/DesktopSession.cpp": ['"app/view/MainWindow.h"', '<QApplication>'],
}


class CheckLayersTest(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.TemporaryDirectory()
        self.root = Path(self.work.name)
        self.qt = self.root / "qt"
        for module, headers in QT_HEADERS.items():
            (self.qt / module).mkdir(parents=True)
            for header in headers:
                (self.qt / module / header).write_text("")
        self.src = self.root / "src"
        self.plant(CLEAN_TREE)
        rules = json.loads(RULES.read_text(encoding="utf-8"))
        rules["pending"] = []
        self.write_rules(rules)

    def tearDown(self):
        self.work.cleanup()

    def plant(self, files):
        for relative, includes in files.items():
            path = self.src / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("// SPDX-License-Identifier: MIT\n#pragma once\n\n" +
                            "".join(f"#include {include}\n" for include in includes))

    def write_rules(self, rules):
        self.rules = rules
        (self.src / "layers.json").write_text(json.dumps(rules))

    def run_check(self, *extra):
        return subprocess.run(
            [sys.executable, str(CHECK), "--source-dir", str(self.src), "--qt-include-dir",
             str(self.qt), *extra],
            capture_output=True, text=True, check=False)

    def assert_refused(self, files, message):
        self.plant(files)
        result = self.run_check()
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn(message, result.stderr)
        return result

    def test_a_clean_tree_passes_and_leaves_its_stamp(self):
        stamp = self.root / "checked"
        result = self.run_check("--stamp", str(stamp))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.assertTrue(stamp.exists())

    def test_a_violation_leaves_no_stamp(self):
        self.plant({"core/Hex.h": ['"rpc/EthApi.h"']})
        stamp = self.root / "checked"
        self.assertEqual(self.run_check("--stamp", str(stamp)).returncode, 1)
        self.assertFalse(stamp.exists())

    def test_core_includes_no_layer_above_it(self):
        for above in ("seismic/TxSeismic.h", "rpc/EthApi.h", "client/WalletClient.h",
                      "app/model/WalletModel.h", "cli/Main.cpp"):
            with self.subTest(above=above):
                self.plant(CLEAN_TREE)
                result = self.assert_refused({"core/Hex.h": [f'"{above}"']},
                                             f"core may not include {above.split('/')[0]}")
                self.assertIn(f"{self.src / 'core/Hex.h'}:4: layering:", result.stderr)

    def test_core_and_seismic_use_no_network_or_gui(self):
        self.assert_refused({"core/Hex.h": ['<QTcpSocket>']},
                            "core may not include QTcpSocket (QtNetwork)")
        self.plant(CLEAN_TREE)
        self.assert_refused({"seismic/Crypto.h": ['<QIcon>']},
                            "seismic may not include QIcon (QtGui)")

    def test_seismic_includes_only_core(self):
        self.assert_refused({"seismic/Crypto.h": ['"rpc/EthApi.h"']},
                            "seismic may not include rpc (rpc/EthApi.h)")

    def test_rpc_knows_nothing_of_seismic(self):
        self.assert_refused({"rpc/EthApi.h": ['"seismic/TxSeismic.h"']},
                            "rpc may not include seismic (seismic/TxSeismic.h)")

    def test_client_includes_no_app(self):
        self.assert_refused({"client/WalletClient.h": ['"app/model/WalletModel.h"']},
                            "client may not include app_core (app/model/WalletModel.h)")

    def test_the_app_never_includes_rpc(self):
        self.assert_refused({"app/service/SendService.cpp": ['"rpc/EthApi.h"']},
                            "app_core may not include rpc (rpc/EthApi.h)")
        self.plant(CLEAN_TREE)
        self.assert_refused({"app/view/MainWindow.cpp": ['"rpc/WhenAll.h"']},
                            "app_ui may not include rpc (rpc/WhenAll.h)")

    def test_the_app_names_no_rpc_type(self):
        path = self.src / "app/service/SendService.cpp"
        path.write_text("// rpc::Block in a comment is no use of it\n"
                        "void f(const seismic::rpc::Block& head); // rpc::Block\n")
        result = self.run_check()
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn(f"{path}:2: layering: app_core may not name rpc:: "
                      "(void f(const seismic::rpc::Block& head);)", result.stderr)
        self.assertEqual(result.stderr.count("layering:"), 1)

        self.rules["pending"] = [{"file": "app/service/SendService.cpp", "name": "rpc::"}]
        self.write_rules(self.rules)
        self.assertEqual(self.run_check().returncode, 0)

    def test_services_never_include_views_or_dialogs(self):
        self.assert_refused({"app/service/SendService.cpp": ['"app/view/MainWindow.h"']},
                            "app_core may not include app_ui (app/view/MainWindow.h)")
        self.plant(CLEAN_TREE)
        self.assert_refused({"app/model/WalletModel.h": ['"app/dialog/UnlockDialog.h"']},
                            "app_core may not include app_ui (app/dialog/UnlockDialog.h)")
        self.plant(CLEAN_TREE)
        self.assert_refused({"app/AppContext.h": ['"app/DesktopSession.h"']},
                            "app_core may not include app_ui (app/DesktopSession.h)")

    def test_the_app_core_uses_no_qt_widgets(self):
        for header in ("<QLabel>", "<QWidget>", "<QApplication>", "<QtWidgets/QLabel>",
                       "<QtWidgets>", '"ui_SendPage.h"'):
            with self.subTest(header=header):
                self.plant(CLEAN_TREE)
                self.assert_refused({"app/model/WalletModel.h": [header]},
                                    f"app_core may not include {header[1:-1]}")

    def test_a_commented_out_include_is_no_include(self):
        self.plant({"core/Hex.h": ['"core/Bytes.h" // not "rpc/EthApi.h"'],
                    "core/Bytes.h": []})
        (self.src / "core/Bytes.h").write_text('// #include "rpc/EthApi.h"\n')
        self.assertEqual(self.run_check().returncode, 0)

    def test_a_pending_exception_holds_only_while_it_occurs(self):
        self.plant({"app/service/SendService.cpp": ['"rpc/WhenAll.h"']})
        self.rules["pending"] = [{"file": "app/service/SendService.cpp",
                                  "include": "rpc/WhenAll.h", "why": "moving to the client"}]
        self.write_rules(self.rules)
        result = self.run_check()
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("pending: app/service/SendService.cpp uses rpc/WhenAll.h "
                      "(moving to the client)", result.stdout)

        self.plant({"app/service/SendService.cpp": ['"app/model/WalletModel.h"']})
        result = self.run_check()
        self.assertEqual(result.returncode, 1)
        self.assertIn("the pending exception 'app/service/SendService.cpp uses "
                      "rpc/WhenAll.h' no longer occurs: delete it", result.stderr)

    def test_unreadable_rules_are_an_error_of_their_own(self):
        (self.src / "layers.json").write_text("{ not json")
        result = self.run_check()
        self.assertEqual(result.returncode, 2)
        self.assertIn("cannot read the rules", result.stderr)
        self.rules["parts"][0]["may_include"].append("nowhere")
        self.write_rules(self.rules)
        result = self.run_check()
        self.assertEqual(result.returncode, 2)
        self.assertIn("may include unknown parts nowhere", result.stderr)

    def test_refusing_qt_modules_needs_the_qt_include_directory(self):
        result = subprocess.run([sys.executable, str(CHECK), "--source-dir", str(self.src)],
                                capture_output=True, text=True, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--qt-include-dir", result.stderr)


if __name__ == "__main__":
    unittest.main()
