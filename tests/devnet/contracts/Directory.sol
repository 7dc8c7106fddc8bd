// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Standard-EVM twin of Seismic's Directory predeploy
/// (0x1000000000000000000000000000000000000004). The devnet copies this
/// contract's runtime code to that address with anvil_setCode.
///
/// Not emulated: encrypt()/decrypt() (they need the AES and RNG precompiles).
/// Instead the SRC20 twin reads the raw key through `devnetKeyOf` and the
/// emulator encrypts event amounts off-chain (see README, "Encrypted events").
contract Directory {
    // Storage slot 0: the emulator hides this contract's storage from eth_getStorageAt,
    // as a Seismic node hides shielded slots.
    mapping(address => uint256) private keys; // suint256 on a Seismic chain

    event KeySet(address indexed addr);

    /// Caller's own key (0 if none). Meaningful only through a signed read.
    function getKey() external view returns (uint256) {
        return keys[msg.sender];
    }

    function checkHasKey(address addr) external view returns (bool) {
        return keys[addr] != 0;
    }

    function keyHash(address to) external view returns (bytes32) {
        return keccak256(abi.encodePacked(keys[to]));
    }

    /// Devnet-only helper for the SRC20 twin: the raw key of `addr`.
    /// Contracts only, so plain eth_calls (sender cleared to 0) and signed
    /// reads (an EOA sender) cannot read other people's keys.
    function devnetKeyOf(address addr) external view returns (uint256) {
        require(msg.sender.code.length > 0, "CONTRACTS_ONLY");
        return keys[addr];
    }

    fallback() external {
        if (msg.sig == 0x70df0933) {
            // setKey(suint256)
            require(msg.data.length >= 36, "BAD_CALLDATA");
            uint256 key = abi.decode(msg.data[4:], (uint256));
            require(key != 0, "ZERO_KEY");
            keys[msg.sender] = key;
            emit KeySet(msg.sender);
            return;
        }
        revert();
    }
}
