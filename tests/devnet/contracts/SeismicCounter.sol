// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Standard-EVM twin of Seismic's SeismicCounter (spec 10.8).
/// The real contract keeps `number` as `suint256` (CLOAD/CSTORE), which a
/// vanilla EVM cannot run. This twin keeps the state as a plain uint256 but
/// answers the SAME selectors, so clients exercise their shielded ABI routing:
/// `setNumber(suint256)` (0x24a7f0b7) cannot be declared in standard Solidity,
/// so it is dispatched in the fallback on msg.sig.
contract SeismicCounter {
    uint256 private number; // suint256 on a Seismic chain

    function increment() external {
        number += 1;
    }

    function isOdd() external view returns (bool) {
        return number % 2 == 1;
    }

    function getNumber() external view returns (uint256) {
        return number;
    }

    fallback() external {
        if (msg.sig == 0x24a7f0b7) {
            // setNumber(suint256): suint256 is ABI-encoded exactly like uint256.
            require(msg.data.length >= 36, "BAD_CALLDATA");
            number = abi.decode(msg.data[4:], (uint256));
            return;
        }
        revert();
    }
}
