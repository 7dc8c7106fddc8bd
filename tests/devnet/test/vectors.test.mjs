// Known-answer vectors of spec section 11, decoded and decrypted the way the
// emulator does it (dev TEE key), plus the encode direction used by the JS client.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hashTypedData } from 'viem';
import { bytesToHex, hexToBytes } from '../src/seismic/bytes.mjs';
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  compressedPublicKey,
  decryptSrc20Amount,
  deriveDirectionalKeys,
  ecdhSharedSecret,
  encryptSrc20Amount,
  keccak256,
  signDigest,
} from '../src/seismic/crypto.mjs';
import {
  authorizationListHash,
  decodeSignedTx,
  domainSeparator,
  eip712SigningHash,
  encryptionIv,
  metadataAad,
  rawSigningHash,
  recoverSigner,
  serializeSignedTx,
  structHash,
  toTypedData,
  txFromTypedDataRequest,
} from '../src/seismic/tx.mjs';

const h = (b) => bytesToHex(b).slice(2);
const TEE_SECRET = hexToBytes('311d54d3bf8359c70827122a44a7b4458733adce3c51c6b59d9acfce85e07505');
const TEE_PUBLIC = '028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0';
const CLIENT_SECRET = hexToBytes('a30363336e1bb949185292a2a302de86e447d98f3a43d823c8c234d9e3e5ad77');
const ANVIL0 = 'f39fd6e51aad88f6f4ce6ab8827279cfffb92266';
const ANVIL0_KEY = hexToBytes('ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');

const RAW_11_3 =
  '4af90113827a6902843b9aca00830186a094d3e8763675e4c425df46cc3b5c0f6cbdac39604687038d7ea4c68000a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2b6020bba77fcb1e676a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f906480b850bf645e68de8096b62950fac2d5bceb71ab1a085aed2e973a8b4f961ca77209f99116130edecd27c39fc62e1b3c05ff42d9e4382f987fc55c2011f8e4f2e66204e17174e9d2756bb20f4cdfe48bd5d237c080a0ea4deb5d93eb2566b7d0ea5209f8bc9fd810ad1eff29bf59424de14c5910ab23a01daa9ada5f7448d737dee3096add2cd9447c2f55c13b7f8ca6ec37105548bf0c';
const RAW_11_4A =
  '4af90113827a6902843b9aca00830186a094d3e8763675e4c425df46cc3b5c0f6cbdac39604687038d7ea4c68000a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2b6020bba77fcb1e676a602a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f906480b850bf645e68de8096b62950fac2d5bceb71ab1a085aed2e973a8b4f961ca77209f99116130edecd27c39fc62e1b3c05ff42d9e4382f987fc55c2011f8e4f2e66204e17174e9d2756bb20f4cdfe48bd5d237c001a07ab4bc33c64dff2b56023bb662219a9950337e3cd3a6dd63f5760c0e7bdaceb3a060bccb842c9f6c6d87d47b5af0cb33dc208be79eb92786417a7c3caa9edd609c';
const RAW_11_4B =
  '4af8f88214043083057e4083029605943ab946eec2553114040de82d2e18798a51cf1e1487038d7ea4c68000a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c7da3a99bf0f90d56551d99ea02a0abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890830f424080b44e69e56c3bb999b8c98772ebb32aebcbd43b33e9e65a46333dfe6636f37f3009e93bad334235aec73bd54d11410e64eb2cab4da8c080a0e93185920818650416b4b0cc953c48f59fd9a29af4b7e1c4b1ac4824392f9220a079b76b064a83d423997b7234c575588f60da5d3e1e0561eff9804eb04c23789a';
const RAW_11_7 =
  '4af8d0827a6902843b9aca008401c9c38094d3e8763675e4c425df46cc3b5c0f6cbdac39604680a1025f210a5daaca346fa1fd8d6ea36e813e756ea34659fe42c757de4e6ed1d0903c8c46a2b6020bba77fcb1e676a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f90640194c6118324911ff70af6042fefc739f8f09ac9437dc001a018587477475e58d8d737cba6d103d19ba6a76312de37796c84dc92657ca4a41ba07343c1c31b722159aeca3c728ee0b621839e34e584e8d0ffb8f3da43eaa4b199';
const RAW_11_14 =
  '4af90119827a69010282520894111111111111111111111111111111111111111103a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c0102030405060708090a0b0c80a0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa7b8084deadbeeff85ef85c827a699422222222222222222222222222222222222222220701a03333333333333333333333333333333333333333333333333333333333333333a0444444444444444444444444444444444444444444444444444444444444444480a05555555555555555555555555555555555555555555555555555555555555555a06666666666666666666666666666666666666666666666666666666666666666';

describe('11.1 key derivation', () => {
  test('TEE key pair and directional keys', () => {
    assert.equal(h(compressedPublicKey(TEE_SECRET)), TEE_PUBLIC);
    assert.equal(h(compressedPublicKey(CLIENT_SECRET)), '025f210a5daaca346fa1fd8d6ea36e813e756ea34659fe42c757de4e6ed1d0903c');
    const client = deriveDirectionalKeys(CLIENT_SECRET, hexToBytes(TEE_PUBLIC));
    assert.equal(h(client.shared), '46a4d6fce8eca748ba8362e726de51a5c62202c887d6bb81fa6f4df1fb360999');
    assert.equal(h(client.requestKey), 'bf0dd6556618d1bf8d1602bf80be3a0f7cc729973829bb9acb75bd77770d5b90');
    assert.equal(h(client.responseKey), '974b310e3990d555da33e2b0c1dc6036a9709400ec992dbfc9330cc00e673144');
    // The node side (TEE secret x client public key) derives the same keys.
    const node = deriveDirectionalKeys(TEE_SECRET, compressedPublicKey(CLIENT_SECRET));
    assert.deepEqual(node, client);
    assert.equal(h(ecdhSharedSecret(TEE_SECRET, compressedPublicKey(CLIENT_SECRET))), h(client.shared));
  });
});

describe('11.2 AES-256-GCM', () => {
  test('known answer and empty-plaintext rule', () => {
    const key = new Uint8Array(32);
    const nonce = new Uint8Array(12);
    assert.equal(h(aesGcmEncrypt(key, nonce, Buffer.from('HelloAESGCM'))), '86c22c5122212e3d400d886f80dfcfcbacb96cbc815db886e1a6cd');
    assert.equal(aesGcmEncrypt(key, nonce, new Uint8Array(0)).length, 0);
    assert.equal(aesGcmDecrypt(key, nonce, new Uint8Array(0)).length, 0);
    const ct = aesGcmEncrypt(Buffer.alloc(32, 0xcc), Buffer.alloc(12, 0xdd), Buffer.from('x'), Buffer.from('correct'));
    assert.throws(() => aesGcmDecrypt(Buffer.alloc(32, 0xcc), Buffer.alloc(12, 0xdd), ct, Buffer.from('wrong')));
  });
});

describe('11.3 raw-signed TxSeismic', () => {
  test('decode, signing hash, signer, tx hash, re-encoding', () => {
    const raw = hexToBytes(RAW_11_3);
    const tx = decodeSignedTx(raw);
    assert.equal(tx.chainId, 31337n);
    assert.equal(tx.nonce, 2n);
    assert.equal(tx.gasPrice, 1_000_000_000n);
    assert.equal(tx.gas, 100_000n);
    assert.equal(h(tx.to), 'd3e8763675e4c425df46cc3b5c0f6cbdac396046');
    assert.equal(tx.value, 10n ** 15n);
    assert.equal(tx.messageVersion, 0);
    assert.equal(tx.expiresAtBlock, 100n);
    assert.equal(tx.signedRead, false);
    assert.equal(h(encryptionIv(tx)), '46a2b6020bba77fcb1e676a6');
    assert.equal(h(rawSigningHash(tx)), '3bd2090142a65daa3ea533a0f9bc00397bdb710890b3060422c820933e2c1c0f');
    assert.equal(h(recoverSigner(tx)), ANVIL0);
    assert.equal(h(keccak256(raw)), '4e4d0e23ea06cb8978c40adabaf8599203c7b6d56cfd3063af2d552ec73ace7a');
    assert.equal(h(serializeSignedTx(tx)), RAW_11_3);
    // Re-signing with anvil #0 reproduces the RFC 6979 signature.
    const sig = signDigest(rawSigningHash(tx), ANVIL0_KEY);
    assert.deepEqual(sig, tx.signature);
  });

  test('strict decoding', () => {
    const raw = hexToBytes(RAW_11_3);
    assert.throws(() => decodeSignedTx(Buffer.concat([raw, Buffer.from([0])])), /rlp|17|canonical/);
    assert.throws(() => decodeSignedTx(raw.subarray(0, raw.length - 1)));
    assert.throws(() => decodeSignedTx(hexToBytes('4a01')));
  });
});

describe('11.4 EIP-712 signed TxSeismic', () => {
  test('(a) anvil tx, messageVersion 2', () => {
    const raw = hexToBytes(RAW_11_4A);
    const tx = decodeSignedTx(raw);
    assert.equal(tx.messageVersion, 2);
    assert.equal(h(domainSeparator(31337n)), 'fe8197449db574220cfe11bd4271c4680b39d9e034a2c583b3960e78e872cdd0');
    assert.equal(h(structHash(tx)), '3d8ff3aa5c2749745943539871a0ab5149b704de8ad464c9a79717af4b7ac8d0');
    assert.equal(h(eip712SigningHash(tx)), '97df07b716306c8ebb936d22d20b811d8050c8608083df60c303bcc31c58fe9f');
    assert.equal(h(recoverSigner(tx)), ANVIL0);
    assert.equal(h(keccak256(raw)), '87b08dbf895edee10dda494b10c71f4eaa966440d7b64c827d8748861616253f');
    // Independent cross-check of the typed-data hash with viem.
    const td = toTypedData(tx);
    assert.equal(hashTypedData({ ...td, domain: { ...td.domain, chainId: 31337n } }), `0x${h(eip712SigningHash(tx))}`);
    // The typed-data object form rebuilds the same envelope.
    const { r, s, yParity } = tx.signature;
    const rebuilt = txFromTypedDataRequest({ data: JSON.parse(JSON.stringify(td)), signature: { r: `0x${r.toString(16)}`, s: `0x${s.toString(16)}`, yParity: `0x${yParity}` } });
    assert.equal(h(serializeSignedTx(rebuilt)), RAW_11_4A);
  });

  test('(b) Rust cross-validation tx, chain 5124', () => {
    const raw = hexToBytes(RAW_11_4B);
    const tx = decodeSignedTx(raw);
    assert.equal(h(domainSeparator(5124n)), '8c18a115e1d4ee84a16bce167a1f8213215705f0a5fd00475741e2cd7a53fed6');
    assert.equal(h(structHash(tx)), '34de7016eca39d935e5b41954404d6c9cb3fb08d31776712fcfbc6bb5d5740ab');
    assert.equal(h(eip712SigningHash(tx)), 'e3bd8539e48a9ea2cafaef070c11f9f82e20c08cdd5063b98a3818c0da9a5e41');
    assert.equal(h(keccak256(raw)), '8c95f5133ab8d55531621f1d46f0ca092084be09db7a932e738c56003d3735eb');
    assert.equal(h(recoverSigner(tx)), '9e181a5085c3266eab8f8a4491d2b70467f5805c');
  });

  test('(c, d) type and authorization-list hashes', () => {
    assert.equal(h(authorizationListHash([])), '1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347');
    const one = [{ chainId: 31337n, address: Buffer.alloc(20, 0x11), nonce: 7n, yParity: 0, r: 1n, s: 2n }];
    assert.equal(h(authorizationListHash(one)), 'e09b59c26076c550d20bb0d8a1e0f0e3f113ccd7b5704340f38ec0e717cdcbc4');
  });
});

describe('11.5 AAD and calldata encryption', () => {
  test('the node decrypts the 11.3 calldata with the dev TEE key', () => {
    const tx = decodeSignedTx(hexToBytes(RAW_11_3));
    const sender = recoverSigner(tx);
    const aad = metadataAad(sender, tx);
    assert.equal(
      h(aad),
      'f88994f39fd6e51aad88f6f4ce6ab8827279cfffb92266827a690294d3e8763675e4c425df46cc3b5c0f6cbdac39604687038d7ea4c68000a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2b6020bba77fcb1e676a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f906480',
    );
    // The client encrypted "to itself": its key is the TEE secret, so the node's ECDH uses the same pair.
    const { requestKey } = deriveDirectionalKeys(TEE_SECRET, tx.encryptionPubkey);
    assert.equal(h(requestKey), '6a01280c291b984e8fd40183f964e9cb0e0d5dde8127ab66e75caa6f278068cf');
    const plaintext = aesGcmDecrypt(requestKey, encryptionIv(tx), tx.input, aad);
    assert.equal(
      h(plaintext),
      'fc3c2cf4943c327f19af0efaf3b07201f608dd5c8e3954399a919b72588d3872b6819ac3d13d3656cbb38833a39ffd1e73963196a1ddfa9e4a5d595fdbebb875',
    );
    // AAD is bound: messageVersion 2 / chain 5124 / no AAD give the documented tags.
    const tag = (t, a) => h(aesGcmEncrypt(requestKey, encryptionIv(t), plaintext, a)).slice(-32);
    assert.equal(tag({ ...tx, messageVersion: 2 }, metadataAad(sender, { ...tx, messageVersion: 2 })), '5c27cf78e5c395d6d53d08d452d6dc38');
    assert.equal(tag(tx, metadataAad(sender, { ...tx, messageVersion: 2, chainId: 5124n })), '62173f479fc03f28c1b7f00e8f75df88');
    assert.equal(tag(tx, undefined), '45f4c0de48a4dc9a50fbd16cbbc6f5bb');
    // The 11.4 vector reuses the messageVersion-0 ciphertext: under its own (mv 2) AAD it must not authenticate.
    const tx2 = decodeSignedTx(hexToBytes(RAW_11_4A));
    assert.throws(() => aesGcmDecrypt(requestKey, encryptionIv(tx2), tx2.input, metadataAad(sender, tx2)));
  });

  test('11.6 AAD of the PY mock metadata', () => {
    const aad = metadataAad(hexToBytes('d3e8763675e4c425df46cc3b5c0f6cbdac396046'), {
      chainId: 31337n,
      nonce: 2n,
      to: hexToBytes('d3e8763675e4c425df46cc3b5c0f6cbdac396046'),
      value: 1000n,
      encryptionPubkey: hexToBytes(`02${'ab'.repeat(32)}`),
      encryptionNonce: BigInt(`0x${'ff'.repeat(12)}`),
      messageVersion: 0,
      recentBlockHash: Buffer.alloc(32, 0xcc),
      expiresAtBlock: 100n,
      signedRead: false,
    });
    assert.equal(
      h(aad),
      'f88494d3e8763675e4c425df46cc3b5c0f6cbdac396046827a690294d3e8763675e4c425df46cc3b5c0f6cbdac3960468203e8a102abababababababababababababababababababababababababababababababab8cffffffffffffffffffffffff80a0cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc6480',
    );
  });
});

describe('11.7 signed read round trip', () => {
  const raw = hexToBytes(RAW_11_7);

  test('decode (signed reads only on the call path), signer, AAD, request decryption', () => {
    assert.throws(() => decodeSignedTx(raw), /signedRead/);
    const tx = decodeSignedTx(raw, { permitSignedRead: true });
    assert.equal(tx.signedRead, true);
    assert.equal(tx.gas, 30_000_000n);
    assert.equal(h(keccak256(raw)), '23d1a2b91d5f2137d291c37e62959e6d6d2b5ff3f942e487c365f58ecc3b513a');
    assert.equal(h(rawSigningHash(tx)), 'a5b10deeafbfbb13bab0cbf11800623ef458c963b8438df501fafc289b8c0e6f');
    const sender = recoverSigner(tx);
    assert.equal(h(sender), ANVIL0);
    const aad = metadataAad(sender, tx);
    assert.equal(
      h(aad),
      'f88294f39fd6e51aad88f6f4ce6ab8827279cfffb92266827a690294d3e8763675e4c425df46cc3b5c0f6cbdac39604680a1025f210a5daaca346fa1fd8d6ea36e813e756ea34659fe42c757de4e6ed1d0903c8c46a2b6020bba77fcb1e676a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f906401',
    );
    assert.equal(h(tx.input), 'c6118324911ff70af6042fefc739f8f09ac9437d');
    const { requestKey } = deriveDirectionalKeys(TEE_SECRET, tx.encryptionPubkey);
    assert.equal(h(aesGcmDecrypt(requestKey, encryptionIv(tx), tx.input, aad)), '43bd0d70');
  });

  test('encrypted result and encrypted revert with the response key', () => {
    const tx = decodeSignedTx(raw, { permitSignedRead: true });
    const aad = metadataAad(recoverSigner(tx), tx);
    const { requestKey, responseKey } = deriveDirectionalKeys(TEE_SECRET, tx.encryptionPubkey);
    const iv = encryptionIv(tx);
    const result = aesGcmEncrypt(responseKey, iv, hexToBytes(`${'00'.repeat(31)}01`), aad);
    assert.equal(h(result), 'bcb732f978ee2e67402ee18f06bfa166f833e7d67996a9cc8d605bcf23aac4cb255d5554b6a9d76cc4426405da15c0a4');
    const revert = hexToBytes(
      '08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000107365637265743d39383736353433323100000000000000000000000000000000',
    );
    assert.equal(
      h(aesGcmEncrypt(responseKey, iv, revert, aad)),
      'b4744b5978ee2e67402ee18f06bfa166f833e7d67996a9cc8d605bcf23aac4cacddc30a1670223fbdd9a9e68d7bac7c8ee71b4ff675e35ab06eede95273f8f23c3a348fafc0e48adb015f3be8ebd9dfd09dfc770966ec8cf598b906c5cce68a67513d304956ccc38f9ed7b8961def5c720cb1b49',
    );
    assert.throws(() => aesGcmDecrypt(requestKey, iv, result, aad));
    assert.equal(h(aesGcmEncrypt(responseKey, iv, new Uint8Array(0), aad)), '');
  });
});

describe('11.9 SRC20 encrypted amounts', () => {
  test('payloads and key hashes', () => {
    const key = Buffer.alloc(32, 0xab);
    const nonce = Buffer.alloc(12, 0x01);
    assert.equal(h(encryptSrc20Amount(key, 1000n, nonce)), '2df5b12049c2d8a2cebd7d38b6d862c94864cfd98455014dfd6a6aad5dfa0282a212582dedcb67dffd08f71582955cb7010101010101010101010101');
    assert.equal(h(encryptSrc20Amount(key, 500n, nonce)), '2df5b12049c2d8a2cebd7d38b6d862c94864cfd98455014dfd6a6aad5dfa009e6f2a8edfd59d17273e3dbc7a65809fad010101010101010101010101');
    assert.equal(h(encryptSrc20Amount(key, 42000n, nonce)), '2df5b12049c2d8a2cebd7d38b6d862c94864cfd98455014dfd6a6aad5dfaa57aeb2f7bd907727ee3cf7890097a2909c5010101010101010101010101');
    const p = encryptSrc20Amount(new Uint8Array(32), 1_000_000n, hexToBytes('00000000000000000000002a'));
    assert.equal(h(p), 'b926c4c80ca29ebe08436e64e477b4dd0cc9a6a1312228c9e495f2aefd6e70331d1babc5d9de6ff73db843da0337603500000000000000000000002a');
    assert.equal(decryptSrc20Amount(new Uint8Array(32), p), 1_000_000n);
    assert.equal(h(keccak256(key)), '7d3a608bb850f47c2d77d6be73b8f93c94a80264b7bb3cc5c7d2fb54d07ef6b9');
    assert.equal(h(keccak256(new Uint8Array(32))), '290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563');
    assert.throws(() => decryptSrc20Amount(key, new Uint8Array(0)), /too short/);
  });
});

describe('11.14 authorization-list serialization', () => {
  test('decodes and re-encodes byte for byte', () => {
    const tx = decodeSignedTx(hexToBytes(RAW_11_14));
    assert.equal(tx.authorizationList.length, 1);
    assert.equal(tx.authorizationList[0].nonce, 7n);
    assert.equal(h(serializeSignedTx(tx)), RAW_11_14);
    assert.equal(h(authorizationListHash(tx.authorizationList)), '2b7db754695c2256a066b2e2a8ebeaa8bc880f03def4dc2a354da8c14a6ae66a');
  });
});
