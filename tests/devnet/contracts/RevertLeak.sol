// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Standard-EVM twin of the RevertLeak test contract: stores a secret and
/// reverts with Error("secret=<decimal>") so signed-read revert encryption
/// can be tested. `setSecret(suint256)` (0x8987b128) is dispatched in the fallback.
contract RevertLeak {
    uint256 private secret; // suint256 on a Seismic chain

    function revertWithSecret() external view {
        revert(string.concat("secret=", _toDecimal(secret)));
    }

    fallback() external {
        if (msg.sig == 0x8987b128) {
            require(msg.data.length >= 36, "BAD_CALLDATA");
            secret = abi.decode(msg.data[4:], (uint256));
            return;
        }
        revert();
    }

    function _toDecimal(uint256 value) private pure returns (string memory) {
        if (value == 0) return "0";
        uint256 digits;
        for (uint256 v = value; v != 0; v /= 10) digits++;
        bytes memory out = new bytes(digits);
        for (; value != 0; value /= 10) out[--digits] = bytes1(uint8(48 + (value % 10)));
        return string(out);
    }
}
