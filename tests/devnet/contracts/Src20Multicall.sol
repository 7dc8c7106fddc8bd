// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Twin of the standard library's SRC20Multicall: many SRC20 balances of one
/// owner read with one `balanceOfSigned` signature (the signature is bound to
/// the chain, not to a token). A plain contract on a Seismic chain too.
contract Src20Multicall {
    struct BalanceResult {
        address token;
        uint256 balance;
        bool success;
    }

    bytes4 private constant BALANCE_OF_SIGNED = bytes4(keccak256("balanceOfSigned(address,uint256,bytes)"));

    /// Every balance, or a revert naming the first token that failed (an answer
    /// of at least one word counts, as in the standard library).
    function batchBalances(address owner, address[] calldata tokens, uint256 expiry, bytes calldata signature)
        external
        view
        returns (uint256[] memory balances)
    {
        balances = new uint256[](tokens.length);
        for (uint256 i = 0; i < tokens.length; i++) {
            (bool ok, bytes memory answer) = readBalance(tokens[i], owner, expiry, signature);
            if (!ok || answer.length < 32) revert(string.concat("Failed to read balance from token at index ", toDecimal(i)));
            balances[i] = abi.decode(answer, (uint256));
        }
    }

    /// One result per token; a token that reverts or answers anything but one
    /// word reads as success = false with a zero balance.
    function batchBalancesDetailed(address owner, address[] calldata tokens, uint256 expiry, bytes calldata signature)
        external
        view
        returns (BalanceResult[] memory results)
    {
        results = new BalanceResult[](tokens.length);
        for (uint256 i = 0; i < tokens.length; i++) {
            (bool ok, bytes memory answer) = readBalance(tokens[i], owner, expiry, signature);
            bool oneWord = ok && answer.length == 32;
            results[i] = BalanceResult(tokens[i], oneWord ? abi.decode(answer, (uint256)) : 0, oneWord);
        }
    }

    function readBalance(address token, address owner, uint256 expiry, bytes calldata signature) private view returns (bool, bytes memory) {
        return token.staticcall(abi.encodeWithSelector(BALANCE_OF_SIGNED, owner, expiry, signature));
    }

    function toDecimal(uint256 value) private pure returns (string memory) {
        if (value == 0) return "0";
        uint256 digits;
        for (uint256 v = value; v != 0; v /= 10) digits++;
        bytes memory text = new bytes(digits);
        for (; value != 0; value /= 10) text[--digits] = bytes1(uint8(48 + (value % 10)));
        return string(text);
    }
}
